// The openapi-typescript rendering of each spec (`paths`, `components`) for openapi-fetch users,
// plus a compile-time check that our named types agree with it: the peer serves as an oracle.
import openapiTS, { astToString } from "openapi-typescript";
import type { ApiModel, SpecModel } from "../model/api-model.ts";

export async function renderOpenapiTypescript(spec: SpecModel): Promise<string> {
  // emptyObjectsUnknown: a bare `type: object` is a free-form object (as in our types), not Record<string, never>.
  // defaultNonNullable: false: a `default` does not make a property required (it does in openapi-typescript by default).
  const ast = await openapiTS(structuredClone(spec.document) as never, { emptyObjectsUnknown: true, defaultNonNullable: false, silent: true });
  return astToString(ast);
}

/** One `Assert<MutuallyAssignable<…>>` per component schema; `tsc` fails on any disagreement. */
export function renderOracleCheck(model: ApiModel, typesImport: string, specImport: (spec: SpecModel) => string): string {
  const specs = model.specs.filter((spec) => spec.version !== "json-schema");
  const imports = specs.map((spec, index) => `import type { components as Spec${index} } from ${JSON.stringify(specImport(spec))};`);
  const checks = model.schemas
    .filter((schema) => schema.spec.version !== "json-schema")
    .map((schema) => `  ${JSON.stringify(schema.name)}: Assert<MutuallyAssignable<Ours.${schema.typeName}, Spec${specs.indexOf(schema.spec)}["schemas"][${JSON.stringify(schema.name)}]>>;`);
  return [
    `import type * as Ours from ${JSON.stringify(typesImport)};`,
    ...imports,
    "",
    "type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
    "type Assert<T extends true> = T;",
    "",
    "/** Compile-time only: each entry fails to type-check when our type and openapi-typescript's disagree. */",
    "export interface OracleChecks {",
    ...checks,
    "}",
    "",
  ].join("\n");
}
