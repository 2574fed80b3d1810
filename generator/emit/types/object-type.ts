// type: object → an object type: required properties plain, others optional, keys that are not
// identifiers quoted, and an index signature when additionalProperties allows one.
import type { SchemaObject } from "../../model/api-model.ts";
import { propertyKey } from "../../model/names.ts";
import type { TypeContext } from "./schema-to-type.ts";
import { schemaToType } from "./schema-to-type.ts";
import { docComment, docLines } from "./tsdoc.ts";

export interface PropertyMember {
  /** Already quoted when it is not an identifier. */
  readonly key: string;
  readonly optional: boolean;
  readonly type: string;
  readonly docs: string[];
}

export interface ObjectMembers {
  readonly properties: PropertyMember[];
  /** Value type of `[key: string]: …`, when there is one. */
  readonly indexType?: string;
  /**
   * Type of additional properties beside declared ones. An index signature in the same type would
   * have to admit every declared property's type too, so it is intersected instead (as
   * openapi-typescript does), which keeps reads of extra keys precise.
   */
  readonly extraType?: string;
}

export function looksLikeObject(schema: SchemaObject): boolean {
  return schema.properties !== undefined || schema.additionalProperties !== undefined || schema.required !== undefined;
}

export function objectType(schema: SchemaObject, context: TypeContext): string {
  const { properties, indexType, extraType } = objectMembers(schema, context);
  const lines = properties.map(
    (member) => `${docComment(member.docs)}${member.key}${member.optional ? "?" : ""}: ${member.type};`,
  );
  if (indexType) lines.push(`[key: string]: ${indexType};`);
  const body = lines.length === 0 ? "Record<string, never>" : `{\n${lines.map(indent).join("\n")}\n}`;
  return extraType ? `${body} & {\n  [key: string]: ${extraType};\n}` : body;
}

export function objectMembers(schema: SchemaObject, context: TypeContext): ObjectMembers {
  const declared = (schema.properties ?? {}) as Record<string, SchemaObject | boolean>;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const properties = Object.entries(declared).map(([name, property]) => ({
    key: propertyKey(name),
    optional: !required.has(name),
    type: schemaToType(property, context),
    docs: typeof property === "object" ? docLines(property) : [],
  }));
  const additional = schema.additionalProperties as SchemaObject | boolean | undefined;
  if (additional === false) return { properties };
  // `type: object` with nothing else is a free-form object: Stripe uses it for embedded resources.
  if (additional === undefined) return properties.length > 0 ? { properties } : { properties, indexType: "unknown" };
  const valueType = schemaToType(additional, context);
  if (properties.length === 0 || valueType === "unknown") return { properties, indexType: valueType };
  return { properties, extraType: valueType };
}

function indent(text: string): string {
  return text.replace(/^(?=.)/gm, "  ");
}
