// types.ts: one named type per component schema and per operation part (path, query, headers,
// body, each response). Built as declarations and printed once.
import type {
  ApiModel,
  NamedSchema,
  OperationModel,
  SchemaObject,
  SpecModel,
  WebhookModel,
} from "../model/api-model.ts";
import { NameRegistry, TYPES_FILE_GLOBALS } from "../model/names.ts";
import { allowsNull } from "../model/schema-facets.ts";
import type { Declaration } from "./code/declaration.ts";
import { type OperationTypeNames, operationPartSchemas } from "./operation-types.ts";
import { createTitledTypes } from "./titled-types.ts";
import { typeContextFor } from "./type-context.ts";
import { hasComposition } from "./types/composition-type.ts";
import { objectMembers } from "./types/object-type.ts";
import { schemaToType, type TypeContext } from "./types/schema-to-type.ts";
import { docLines } from "./types/tsdoc.ts";
import { webhookBodyPart } from "./webhook-types.ts";

export interface TypesFile {
  declarations: Declaration[];
  /** Type names per operation, for the client emitter. */
  operationTypes: Map<OperationModel, OperationTypeNames>;
  /** The body type name of each webhook that has a body, for the event map and the validators. */
  webhookTypes: Map<WebhookModel, string>;
}

export function buildTypes(model: ApiModel): TypesFile {
  const registry = new NameRegistry([
    ...TYPES_FILE_GLOBALS,
    ...model.schemas.map((named) => named.typeName),
    ...model.operations.map((operation) => operation.typePrefix),
    ...model.webhooks.map((webhook) => webhook.typePrefix),
  ]);
  const titled = createTitledTypes(registry, (name, schema, context) =>
    declaration(name, schema, docLines(schema), context),
  );
  const contextFor = (spec: SpecModel, root?: unknown): TypeContext => ({
    ...typeContextFor(model, spec),
    root,
    nameTitled: (schema) => titled.name(schema, contextFor(spec)),
  });
  const declarations = model.schemas.map((named) =>
    namedSchemaDeclaration(named, contextFor(named.spec, named.schema)),
  );
  const operationTypes = new Map<OperationModel, OperationTypeNames>();
  for (const operation of model.operations) {
    const parts = operationPartSchemas(operation, registry);
    operationTypes.set(operation, parts.names);
    for (const part of parts.declarations)
      declarations.push(declaration(part.name, part.schema, part.docs, contextFor(operation.spec, part.schema)));
  }
  const webhookTypes = new Map<WebhookModel, string>();
  for (const webhook of model.webhooks) {
    const part = webhookBodyPart(webhook, registry);
    if (!part) continue;
    webhookTypes.set(webhook, part.name);
    declarations.push(declaration(part.name, part.schema, part.docs, contextFor(webhook.spec, part.schema)));
  }
  return { declarations: [...declarations, ...titled.declarations()], operationTypes, webhookTypes };
}

function namedSchemaDeclaration(named: NamedSchema, context: TypeContext): Declaration {
  const schema = named.schema;
  const docs = typeof schema === "object" ? docLines(schema) : [];
  return declaration(
    named.typeName,
    schema,
    [...docs, `Schema \`${named.name}\` (${named.spec.file} ${named.ref}).`],
    context,
  );
}

/** An interface for plain object schemas (tsc caches named interfaces well); a type alias otherwise. */
function declaration(name: string, schema: SchemaObject | boolean, docs: string[], context: TypeContext): Declaration {
  const members = isPlainObject(schema, context) ? objectMembers(schema as SchemaObject, context) : undefined;
  if (members && !members.extraType) {
    // The index signature comes first, where ts-morph put it when it printed these interfaces.
    const index = members.indexType ? [{ kind: "index", type: members.indexType } as const] : [];
    return { kind: "interface", name, exported: true, docs, members: [...index, ...members.properties] };
  }
  return { kind: "typeAlias", name, exported: true, docs, type: schemaToType(schema, context) };
}

function isPlainObject(schema: SchemaObject | boolean, context: TypeContext): boolean {
  if (
    typeof schema !== "object" ||
    schema.$ref !== undefined ||
    hasComposition(schema) ||
    Array.isArray(schema.enum) ||
    "const" in schema ||
    allowsNull(schema, context.dialect)
  )
    return false;
  const type = schema.type;
  const objectTyped = type === "object" || (type === undefined && schema.properties !== undefined);
  return objectTyped && schema.properties !== undefined && Object.keys(schema.properties as object).length > 0;
}
