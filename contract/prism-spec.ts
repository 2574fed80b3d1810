// Builds the single document handed to Prism: the project's specs, each with its overlays, merged
// (so one mock serves them all), with Prism's known request-validation gaps worked around HERE, in
// a derived temp copy, never in the specs the generator reads and never in the client.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SpecInput } from "../generator/config.ts";
import { loadRepairedSpecs } from "../generator/load-model.ts";

type Json = Record<string, unknown>;

const asRecord = (value: unknown): Json => (typeof value === "object" && value !== null ? (value as Json) : {});

/** v2 operations keep their own (bearer-only) security when merged under v1's global security. */
function pinOperationSecurity(paths: Json, security: unknown): Json {
  const pinned: Json = {};
  for (const [path, item] of Object.entries(paths)) {
    pinned[path] = Object.fromEntries(
      Object.entries(asRecord(item)).map(([method, operation]) => [method, { security, ...asRecord(operation) }]),
    );
  }
  return pinned;
}

function mergeSection(name: string, first: Json, second: Json): Json {
  const merged: Json = { ...first };
  for (const [key, value] of Object.entries(second)) {
    const existing = merged[key];
    // Both specs define an http-bearer `bearerAuth`; they differ only in prose.
    const sameScheme = name === "securitySchemes" && asRecord(existing).scheme === asRecord(value).scheme;
    if (existing !== undefined && !sameScheme && JSON.stringify(existing) !== JSON.stringify(value)) {
      throw new Error(`Cannot merge specs for Prism: components.${name}.${key} is defined differently in both`);
    }
    if (existing === undefined) merged[key] = value;
  }
  return merged;
}

/** Merges the second spec into the first; the second's operations keep their own global security. */
export function mergeSpecs(v1: Json, v2: Json): Json {
  const paths = { ...asRecord(v1.paths), ...pinOperationSecurity(asRecord(v2.paths), v2.security) };
  const components1 = asRecord(v1.components);
  const components2 = asRecord(v2.components);
  const sections = new Set([...Object.keys(components1), ...Object.keys(components2)]);
  const components = Object.fromEntries(
    [...sections].map((section) => [
      section,
      mergeSection(section, asRecord(components1[section]), asRecord(components2[section])),
    ]),
  );
  return { ...v1, paths, components };
}

/** Stripe sends arrays as types[0]=a&types[1]=b; Stripe caps these lists well below this. */
const MAX_INDEXED_ITEMS = 50;

/**
 * Prism gap 1: a deepObject parameter whose schema is `anyOf` (Stripe's `created`: range object
 * or integer) is never deserialised, so Prism validates nothing in it (created[gte]=abc passes).
 * Keeping only the object branch makes Prism check each bound. The integer form (created=123)
 * is then not validated by Prism; the suite's cases use ranges.
 *
 * Prism gap 2: deepObject on an array is undefined in OpenAPI and Prism skips it. Stripe encodes
 * arrays with indices, so we describe the parameter as an object with properties "0".."49"
 * (Prism only deserialises declared properties), which validates each item's schema.
 */
export function workAroundPrismGaps(parameter: Json): Json {
  if (parameter.style !== "deepObject") return parameter;
  const schema = asRecord(parameter.schema);
  if (Array.isArray(schema.anyOf)) {
    const objectBranch = schema.anyOf.find((branch) => asRecord(branch).type === "object");
    if (objectBranch !== undefined) return { ...parameter, schema: objectBranch };
  }
  if (schema.type === "array") {
    const properties = Object.fromEntries(
      Array.from({ length: MAX_INDEXED_ITEMS }, (_, index) => [String(index), schema.items ?? {}]),
    );
    return { ...parameter, schema: { type: "object", properties } };
  }
  return parameter;
}

function patchParameters(spec: Json): Json {
  const paths: Json = {};
  for (const [path, item] of Object.entries(asRecord(spec.paths))) {
    paths[path] = Object.fromEntries(
      Object.entries(asRecord(item)).map(([method, operation]) => {
        const op = asRecord(operation);
        return [
          method,
          Array.isArray(op.parameters)
            ? { ...op, parameters: op.parameters.map((p) => workAroundPrismGaps(asRecord(p))) }
            : op,
        ];
      }),
    );
  }
  return { ...spec, paths };
}

/** The specs of a project (as its config lists them, overlays included) as one document for Prism. */
export async function buildPrismSpec(specs: readonly SpecInput[]): Promise<Json> {
  const [first, ...rest] = (await loadRepairedSpecs(specs)).map((spec) => asRecord(spec.document));
  if (first === undefined) throw new Error("Cannot start Prism: the config lists no OpenAPI spec");
  return patchParameters(rest.reduce((merged, next) => mergeSpecs(merged, next), first));
}

/** Writes the derived spec to a fresh temp directory and returns its path. */
export async function writePrismSpec(specs: readonly SpecInput[]): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "contract-prism-")), "prism-spec.json");
  writeFileSync(file, JSON.stringify(await buildPrismSpec(specs), null, 2));
  return file;
}
