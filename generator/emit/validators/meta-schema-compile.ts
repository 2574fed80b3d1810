// The JSON Schema 2020-12 meta-schema compiled to ajv's standalone code by the validators' own ajv
// (validator-ajv.ts), for meta-schema-check.ts. scripts/compile-checks.ts writes it; the test of
// meta-schema-check.ts fails when the committed file is not what this gives now.
import { createRequire } from "node:module";
import standaloneModule from "ajv/dist/standalone/index.js";
import { moduleImports, requireCalls } from "./esm-imports.ts";
import { validatorAjv } from "./validator-ajv.ts";

const standaloneCode = standaloneModule.default;
const META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
export const META_CHECK_FILE = "json-schema-2020-12.compiled.js";

export function compiledMetaCheckModule(): { file: string; js: string; dts: string } {
  const ajv = validatorAjv({});
  const validate = ajv.getSchema(META_SCHEMA);
  if (!validate) throw new Error(`ajv has no meta-schema ${META_SCHEMA}`);
  const { code, modules } = requireCalls(standaloneCode(ajv, { validate: META_SCHEMA }));
  const header = generatedHeader();
  const dts = `${header}import type { ErrorObject } from "ajv";\nexport declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };\n`;
  return { file: META_CHECK_FILE, js: `${header}${moduleImports(modules)}${code}\n`, dts };
}

function generatedHeader(): string {
  const { version } = createRequire(import.meta.url)("ajv/package.json") as { version: string };
  return [
    "// This file is generated. Do not edit it by hand: run `npm run generate:checks`",
    "// (scripts/compile-checks.ts), which compiles generator/emit/validators/meta-schema-compile.ts's check.",
    `// The JSON Schema 2020-12 meta-schema of ajv ${version}, compiled to standalone code by the`,
    "// validators' own ajv (generator/emit/validators/validator-ajv.ts).",
    "",
  ].join("\n");
}
