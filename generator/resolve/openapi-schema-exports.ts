// What the precompiled OpenAPI schema check exports, shared by the check (openapi-schema-check.ts)
// and by what writes the precompiled modules (openapi-schema-compile.ts): one module per OpenAPI
// version, each exporting `document` (the whole-document check) and one check per referable kind.
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

/** A precompiled module's exports: the whole-document check and each kind's definition. */
export type OpenApiCheckName = "document" | ReferableKind;

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

export const REFERABLE_KINDS = Object.keys(DEFINITIONS) as readonly ReferableKind[];

export const OPENAPI_CHECK_NAMES: readonly OpenApiCheckName[] = ["document", ...REFERABLE_KINDS];

/** The URI fragment of a check's schema within its version's OpenAPI schema ("" for the whole document). */
export function checkFragment(name: OpenApiCheckName, version: OpenApiMajorMinor): string {
  if (name === "document") return "";
  return version === "3.0" ? `#/definitions/${DEFINITIONS[name]["3.0"]}` : `#/$defs/${DEFINITIONS[name]["3.1"]}`;
}

/** The precompiled module of a version, relative to generator/resolve/. */
export function compiledCheckFile(version: OpenApiMajorMinor): string {
  return `openapi-${version}-schema.compiled.js`;
}
