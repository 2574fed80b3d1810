// Builds the single document handed to Prism: the repaired v1 spec and the v2 spec merged (so
// one mock serves both), with Prism's known request-validation gaps worked around HERE, in a
// derived temp copy, never in the specs the generator reads and never in the client.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRepairedSpecs } from "../generator/load-model.ts";

type Json = Record<string, unknown>;

export interface SpecPaths {
  readonly v1: string;
  readonly v1Overlay: string;
  readonly v2: string;
}

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

export async function buildPrismSpec(paths: SpecPaths): Promise<Json> {
  const [v1, v2] = await loadRepairedSpecs([{ spec: paths.v1, overlay: paths.v1Overlay }, { spec: paths.v2 }]);
  return patchParameters(mergeSpecs(asRecord(v1!.document), asRecord(v2!.document)));
}

/** Writes the derived spec to a fresh temp directory and returns its path. */
export async function writePrismSpec(paths: SpecPaths): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "contract-prism-")), "prism-spec.json");
  writeFileSync(file, JSON.stringify(await buildPrismSpec(paths), null, 2));
  return file;
}
