// Proof for a deliberate change of the compiled validators' code: two builds of
// validators.compiled.js for the same spec must answer every payload alike (valid or not, and the
// same errors in the same order). Payloads: values fast-check builds from each schema (where the
// builder supports its keywords), each broken in one place (contract/payload-mutation.ts), JSON biased
// towards prototype keys, and every object inside the contract recordings. Not part of `npm test`.
// Usage: node bench/validator-equivalence.ts <old validators.compiled.js> <new validators.compiled.js> <spec>
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { addAt, applyMutation, type PayloadMutation, removeAt, setAt } from "../contract/payload-mutation.ts";
import { toPointer } from "../core/json-pointer.ts";
import { translateSchema } from "../generator/emit/validators/translate-schema.ts";
import { loadModel } from "../generator/load-model.ts";
import { lookupRef } from "../generator/model/refs.ts";
import { arbitraryFor } from "../generator/test/fuzz/schema-arbitrary.ts";
import { REPO } from "./workspace.ts";

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const SAMPLES_PER_SCHEMA = 8;
const RANDOM_PER_SCHEMA = 8;

async function main([oldFile, newFile, spec]: string[]): Promise<void> {
  if (!oldFile || !newFile || !spec) throw new Error("usage: validator-equivalence.ts <old.js> <new.js> <spec>");
  const before = (await import(pathToFileURL(resolve(oldFile)).href)) as Record<string, Validate>;
  const after = (await import(pathToFileURL(resolve(newFile)).href)) as Record<string, Validate>;
  const names = Object.keys(before).sort();
  if (!isDeepStrictEqual(names, Object.keys(after).sort())) throw new Error("the two modules export different names");
  const payloads = await schemaPayloads(spec);
  const shared = [...recordedObjects(), ...randomJson(RANDOM_PER_SCHEMA * 4)];
  let checked = 0;
  let invalid = 0;
  const differences: string[] = [];
  for (const exportName of names) {
    for (const payload of [...(payloads.get(exportName) ?? []), ...shared]) {
      const answers = [before, after].map((module) => {
        const validate = module[exportName]!;
        const valid = validate(payload);
        return { valid, errors: valid ? null : validate.errors };
      });
      checked++;
      if (!answers[0]!.valid) invalid++;
      if (!isDeepStrictEqual(answers[0], answers[1])) differences.push(`${exportName}: ${JSON.stringify(payload)}`);
    }
  }
  console.log(
    `${names.length} validators, ${checked} validations (${invalid} invalid), ${[...payloads.values()].flat().length} schema-built payloads, ${shared.length} shared payloads: ${differences.length} differences`,
  );
  for (const difference of differences.slice(0, 20)) console.log(`  ${difference.slice(0, 300)}`);
  process.exitCode = differences.length === 0 ? 0 : 1;
}

/** Export name → values built from its schema, and each of them broken in one place. */
async function schemaPayloads(spec: string): Promise<Map<string, unknown[]>> {
  const model = await loadModel({ specs: [{ spec }], jsonSchemas: [], allowRemoteRefs: false });
  const { validatorExportName } = await import("../generator/model/names.ts");
  const payloads = new Map<string, unknown[]>();
  for (const specModel of model.specs) {
    const dialect = specModel.version === "3.0" ? "3.0" : "3.1";
    const lookup = (ref: string) => translateSchema(lookupRef(specModel.document, ref), dialect) as never;
    for (const named of model.schemas.filter((schema) => schema.spec === specModel)) {
      const samples = sample(() => arbitraryFor(translateSchema(named.schema, dialect) as never, lookup));
      payloads.set(validatorExportName(named.name), [...samples, ...samples.flatMap(mutations)]);
    }
  }
  return payloads;
}

function sample(arbitrary: () => fc.Arbitrary<unknown>): unknown[] {
  try {
    return fc.sample(arbitrary(), { numRuns: SAMPLES_PER_SCHEMA, seed: 14 });
  } catch {
    return []; // the builder does not support this schema's keywords (allOf, not, …)
  }
}

/** The payload broken at each of its first members: replaced by a wrong type, removed, one added. */
function mutations(payload: unknown): unknown[] {
  if (typeof payload !== "object" || payload === null) return [];
  const changes: PayloadMutation[] = [addAt("/__unexpected__", 1)];
  for (const key of Object.keys(payload).slice(0, 4)) {
    const pointer = toPointer([key]);
    changes.push(setAt(pointer, null), setAt(pointer, "?"), setAt(pointer, { nested: [] }), removeAt(pointer));
  }
  if (Array.isArray(payload)) return payload.length > 0 ? [applyMutation(payload, setAt("/0", 0))] : [];
  return changes.map((change) => applyMutation(payload, change));
}

/** Every object and array inside the contract recordings (Stripe events, lists, errors). */
function recordedObjects(): unknown[] {
  const folder = join(REPO, "contract-tests", "recordings");
  const found: unknown[] = [];
  const walk = (value: unknown) => {
    if (typeof value !== "object" || value === null) return;
    found.push(value);
    for (const child of Object.values(value)) walk(child);
  };
  for (const file of readdirSync(folder)) walk(JSON.parse(readFileSync(join(folder, file), "utf8")));
  return found;
}

function randomJson(count: number): unknown[] {
  const keys = fc.constantFrom("__proto__", "constructor", "object", "data", "type", "id", "created", "");
  return fc.sample(fc.oneof(fc.jsonValue(), fc.dictionary(keys, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 })), {
    numRuns: count,
    seed: 14,
  });
}

await main(process.argv.slice(2));
