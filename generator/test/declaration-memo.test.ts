// Incremental regeneration of types.ts: after an edit, a declaration is taken from the previous
// run's printed text only when its schema and every answer it read (names of the components it
// refers to, schemas it inlined, names of titled shapes) are the same. Given an edit, want types.ts
// byte-identical to a run without the cache, and the declarations built again.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoPath } from "../../test-support/repo.ts";
import { specWithSchemas } from "../../test-support/specs.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import type { GenerateConfig } from "../config.ts";
import { generate } from "../pipeline.ts";
import { cacheFile } from "../write/cache-file.ts";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const titled = (title: string, property: string) => ({
  title,
  type: "object",
  properties: { [property]: { type: "string" } },
});

const SCHEMAS = {
  owner: { type: "object", properties: { tag: ref("tag"), kind: { $ref: "#/components/schemas/kinds/properties/k" } } },
  tag: { type: "string" },
  kinds: { type: "object", properties: { k: { type: "string", enum: ["a", "b"] } } },
  first: { type: "object", properties: { range: titled("range_specs", "gte") } },
  second: { type: "object", properties: { range: titled("range_specs", "lte") } },
  other: { type: "integer" },
};

const folder = tempFolder("declaration-memo", { insideRepo: true });
afterAll(() => folder.remove());

function configFor(name: string, schemas: object, out: string, cacheDir?: string): GenerateConfig {
  return {
    specs: [{ spec: folder.write(`${name}/spec.json`, specWithSchemas(schemas as Record<string, unknown>)) }],
    jsonSchemas: [],
    out: folder.at(name, out),
    allowRemoteRefs: false,
    openapiTypescript: false,
    importExtension: ".ts",
    runtimeImport: repoPath("runtime/index.ts"),
    ...(cacheDir === undefined ? {} : { cacheDir }),
  };
}

const CASES: { name: string; edited: object; wantRebuilt: number }[] = [
  { name: "an unrelated component edited: only it", edited: { ...SCHEMAS, other: { type: "number" } }, wantRebuilt: 1 },
  {
    name: "tag edited: tag (owner names Tag, which did not change)",
    edited: { ...SCHEMAS, tag: { type: "integer" } },
    wantRebuilt: 1,
  },
  {
    name: "the place owner inlines edited: kinds, and owner (what it inlined changed)",
    edited: { ...SCHEMAS, kinds: { type: "object", properties: { k: { type: "string", enum: ["a", "c"] } } } },
    wantRebuilt: 2,
  },
  {
    name: "tag renamed: owner (the name it refers to changed) and the new component",
    edited: {
      owner: { ...SCHEMAS.owner, properties: { ...SCHEMAS.owner.properties, tag: ref("label") } },
      label: SCHEMAS.tag,
      kinds: SCHEMAS.kinds,
      first: SCHEMAS.first,
      second: SCHEMAS.second,
      other: SCHEMAS.other,
    },
    wantRebuilt: 2,
  },
  {
    name: "first's titled shape edited: the two titled shapes swap names, so first, second and both shapes",
    edited: {
      ...SCHEMAS,
      first: { type: "object", properties: { range: titled("range_specs", "lte") } },
      second: { type: "object", properties: { range: titled("range_specs", "gt") } },
    },
    wantRebuilt: 4,
  },
];

describe("incremental regeneration of types.ts (declaration memo)", () => {
  it.each(CASES.map((testCase, index) => ({ ...testCase, index })))("$name", async ({ edited, wantRebuilt, index }) => {
    const name = `case${index}`;
    const cacheDir = folder.at(name, "cache");
    const first = await generate({ config: configFor(name, SCHEMAS, "out", cacheDir), check: false });
    const second = await generate({ config: configFor(name, edited, "out", cacheDir), check: false });
    await generate({ config: configFor(name, edited, "cold"), check: false });
    const types = (out: string) => readFileSync(join(folder.at(name, out), "types.ts"), "utf8");
    expect(types("out")).toBe(types("cold"));
    expect(first.declarationsReused).toBe(0);
    const total = (types("cold").match(/^export (interface|type) /gm) ?? []).length;
    expect(second.declarationsReused).toBe(total - wantRebuilt);
  });
});

describe("a types cache that cannot stand is ignored", () => {
  it.each([
    ["corrupt", () => "{not json"],
    [
      "of another generator (its header's salt)",
      (text: string) => text.replace(/"salt":"[^"]*"/, '"salt":"another generator"'),
    ],
  ])("%s: nothing reused, and types.ts as without a cache", async (label, spoil) => {
    const name = `spoiled-${label.length}`;
    const cacheDir = folder.at(name, "cache");
    await generate({ config: configFor(name, SCHEMAS, "out", cacheDir), check: false });
    const file = cacheFile(cacheDir, folder.at(name, "out"), "types");
    folder.write(file.slice(folder.path.length + 1), spoil(readFileSync(file, "utf8")));
    const edited = { ...SCHEMAS, other: { type: "number" } };
    const second = await generate({ config: configFor(name, edited, "out", cacheDir), check: false });
    await generate({ config: configFor(name, edited, "cold"), check: false });
    expect(second.declarationsReused).toBe(0);
    const types = (out: string) => readFileSync(join(folder.at(name, out), "types.ts"), "utf8");
    expect(types("out")).toBe(types("cold"));
  });
});
