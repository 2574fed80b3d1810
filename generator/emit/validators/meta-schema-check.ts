// Every validator document is checked against the JSON Schema 2020-12 meta-schema before ajv
// compiles it, as ajv itself would (its validateSchema), but by the meta-schema's standalone code
// that `npm run generate:checks` compiled from the validators' own ajv (meta-schema-compile.ts),
// so a run never compiles the meta-schema. A document that names its own `$schema` is left to ajv.
import type { ErrorObject } from "ajv";
import { validate as matchesMetaSchema } from "./json-schema-2020-12.compiled.js";
import type { Ajv } from "./validator-ajv.ts";

/** Throws ajv's own error ("schema is invalid: …") when the document does not match its meta-schema. */
export function checkAgainstMetaSchema(ajv: Ajv, document: Record<string, unknown>): void {
  if (document.$schema !== undefined) {
    ajv.validateSchema(document, true);
    return;
  }
  if (matchesMetaSchema(document)) return;
  throw new Error(`schema is invalid: ${ajv.errorsText(matchesMetaSchema.errors as ErrorObject[])}`);
}
