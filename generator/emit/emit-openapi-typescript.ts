// The openapi-typescript rendering of each spec (`paths`, `components`) for openapi-fetch users,
// plus a compile-time check that our named types agree with it: the peer serves as an oracle.

import openapiTS, { astToString } from "openapi-typescript";
import { toPointer } from "../../core/json-pointer.ts";
import type { ApiModel, SpecModel } from "../model/api-model.ts";
import { SpecError } from "../spec-error.ts";

export async function renderOpenapiTypescript(spec: SpecModel): Promise<string> {
  // emptyObjectsUnknown: a bare `type: object` is a free-form object (as in our types), not Record<string, never>.
  // defaultNonNullable: false: a `default` does not make a property required (it does in openapi-typescript by default).
  let ast: Awaited<ReturnType<typeof openapiTS>>;
  try {
    ast = await openapiTS(structuredClone(spec.document) as never, {
      emptyObjectsUnknown: true,
      defaultNonNullable: false,
      silent: true,
    });
  } catch (error) {
    throw openapiTypescriptFailure(spec, error);
  }
  return astToString(ast);
}

// @redocly/openapi-core (inside openapi-typescript) looks names up in plain objects, so a key such
// as `hasOwnProperty` or `valueOf` finds an Object.prototype method and crashes it.
const PROTOTYPE_METHODS = new Set(
  Object.getOwnPropertyNames(Object.prototype).filter((name) => name !== "constructor"),
);

function openapiTypescriptFailure(spec: SpecModel, error: unknown): SpecError {
  const message = `openapi-typescript could not render this spec: ${error instanceof Error ? error.message : String(error)}`;
  const hint =
    "Turn off --openapi-typescript (or `openapiTypescript` in the config); the other outputs do not need it.";
  const path = findKeyPath(spec.document, (key) => PROTOTYPE_METHODS.has(key));
  if (!path) return SpecError.single({ file: spec.file, message }, hint);
  const pointer = toPointer(path);
  return SpecError.single(
    {
      file: spec.file,
      pointer,
      message: `${message} (the key "${path.at(-1)}" is an Object.prototype method name, which it cannot handle)`,
    },
    `Rename that key, or ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`,
  );
}

/** Path of the first key (breadth-first) for which `matches` holds. Iterative: specs can nest deeply. */
function findKeyPath(document: unknown, matches: (key: string) => boolean): string[] | undefined {
  const queue: { value: unknown; path: string[] }[] = [{ value: document, path: [] }];
  for (let index = 0; index < queue.length; index++) {
    const { value, path } = queue[index]!;
    if (typeof value !== "object" || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      if (matches(key)) return [...path, key];
      queue.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}

/** One `Assert<MutuallyAssignable<…>>` per component schema; `tsc` fails on any disagreement. */
export function renderOracleCheck(
  model: ApiModel,
  typesImport: string,
  specImport: (spec: SpecModel) => string,
): string {
  const specs = model.specs.filter((spec) => spec.version !== "json-schema");
  const imports = specs.map(
    (spec, index) => `import type { components as Spec${index} } from ${JSON.stringify(specImport(spec))};`,
  );
  const checks = model.schemas
    .filter((schema) => schema.spec.version !== "json-schema")
    .map(
      (schema) =>
        `  ${JSON.stringify(schema.name)}: Assert<MutuallyAssignable<Ours.${schema.typeName}, Spec${specs.indexOf(schema.spec)}["schemas"][${JSON.stringify(schema.name)}]>>;`,
    );
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
