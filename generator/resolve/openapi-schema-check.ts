// The OpenAPI 3.0/3.1 schema check of a document as written, Reference Objects in place (both
// schemas allow them wherever the specification does). It is exactly swagger-parser's own check
// (see openapi-schema-compile.ts), precompiled to ajv's standalone code: compiling the OpenAPI
// schema would cost 0.15–0.2 s of every run. Only the verdict is used: a document that fails goes
// to swagger-parser's validate(), whose errors are the ones reported.
import * as check30 from "./openapi-3.0-schema.compiled.js";
import * as check31 from "./openapi-3.1-schema.compiled.js";
import type { OpenApiCheckName, ReferableKind } from "./openapi-schema-exports.ts";
import type { OpenApiMajorMinor } from "./openapi-version.ts";

export type { ReferableKind } from "./openapi-schema-exports.ts";

const CHECKS: Readonly<Record<OpenApiMajorMinor, Readonly<Record<OpenApiCheckName, (data: unknown) => boolean>>>> = {
  "3.0": check30,
  "3.1": check31,
};

/** True when the document, as written, matches the OpenAPI schema of its version. */
export function matchesOpenApiSchema(document: unknown, version: OpenApiMajorMinor): boolean {
  return CHECKS[version].document(document) === true;
}

/** True when `value` matches the OpenAPI schema's definition of a `kind` object. */
export function matchesDefinition(value: unknown, kind: ReferableKind, version: OpenApiMajorMinor): boolean {
  return CHECKS[version][kind](value) === true;
}
