// type: object → an object type: required properties plain, others optional, keys that are not
// identifiers quoted, and an index signature when additionalProperties allows one.
import type { SchemaObject } from "../../model/api-model.ts";
import { propertyKey } from "../../model/names.ts";
import { docComment, docLines } from "./tsdoc.ts";
import type { TypeContext } from "./schema-to-type.ts";
import { schemaToType } from "./schema-to-type.ts";

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
}

export function looksLikeObject(schema: SchemaObject): boolean {
  return schema.properties !== undefined || schema.additionalProperties !== undefined || schema.required !== undefined;
}

export function objectType(schema: SchemaObject, context: TypeContext): string {
  const { properties, indexType } = objectMembers(schema, context);
  const lines = properties.map((member) => `${docComment(member.docs)}${member.key}${member.optional ? "?" : ""}: ${member.type};`);
  if (indexType) lines.push(`[key: string]: ${indexType};`);
  return lines.length === 0 ? "Record<string, never>" : `{\n${lines.map(indent).join("\n")}\n}`;
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
  return { properties, indexType: indexSignatureType(schema, context, properties.length > 0) };
}

function indexSignatureType(schema: SchemaObject, context: TypeContext, hasProperties: boolean): string | undefined {
  const additional = schema.additionalProperties as SchemaObject | boolean | undefined;
  if (additional === false) return undefined;
  // `type: object` with nothing else is a free-form object: Stripe uses it for embedded resources.
  if (additional === undefined) return hasProperties ? undefined : "unknown";
  // Declared properties must fit the index signature, so it widens to unknown beside them.
  return hasProperties ? "unknown" : schemaToType(additional, context);
}

function indent(text: string): string {
  return text.replace(/^(?=.)/gm, "  ");
}
