// With a validator cache, a run plans its entries without ajv (emit/validators/entry-plan.ts mirrors
// how ajv resolves them) and compiles the missing ones over a partial document. On published specs
// with shapes built by hand elsewhere (discriminators, $refs into paths, recursion, names with spaces,
// OpenAPI 3.1), an edit of one component regenerated with the cache must give the cold run's files.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as yaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { oneSpecConfig } from "../../test-support/specs.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { generate } from "../pipeline.ts";
import { CORPUS, corpusSpecPath } from "./corpus/corpus-specs.ts";

const folder = tempFolder("validator-cache-published", { insideRepo: true });
afterAll(() => folder.remove());

const CASES = [
  { name: "readme-discriminators", edited: "OptionOneNoDisc", wantReused: 23 },
  { name: "readme-circular-paths", edited: "offset", wantReused: 6 },
  { name: "readme-complex-nesting", edited: "ObjectOfEverything", wantReused: 10 },
  { name: "readme-schema-types", edited: "Circular", wantReused: 1 },
];

const configFor = (spec: string, out: string, cacheDir?: string) =>
  oneSpecConfig(spec, out, cacheDir === undefined ? {} : { cacheDir });

const files = (out: string) =>
  Object.fromEntries(
    readdirSync(out)
      .filter((file) => file !== "manifest.json")
      .map((file) => [file, readFileSync(join(out, file), "utf8")]),
  );

describe("an edit regenerated with the validator cache, on published specs", () => {
  it.each(CASES)(
    "$name, $edited edited: the cold run's files, the others reused",
    async ({ name, edited, wantReused }) => {
      const entry = CORPUS.find((candidate) => candidate.name === name)!;
      const path = corpusSpecPath(entry);
      const text = readFileSync(path, "utf8");
      const spec = (path.endsWith(".json") ? JSON.parse(text) : yaml.load(text)) as {
        components: { schemas: Record<string, { properties: Record<string, unknown> }> };
      };
      const before = folder.write(`${name}/before.json`, JSON.stringify(spec));
      spec.components.schemas[edited]!.properties.added_by_the_test = { type: "string", minLength: 2 };
      const after = folder.write(`${name}/after.json`, JSON.stringify(spec));
      const cache = folder.at(name, "cache");
      await generate({ config: configFor(before, folder.at(name, "out"), cache), check: false });
      const warm = await generate({ config: configFor(after, folder.at(name, "out"), cache), check: false });
      await generate({ config: configFor(after, folder.at(name, "cold")), check: false });
      expect(warm.validatorsReused).toBe(wantReused);
      expect(files(folder.at(name, "out"))).toEqual(files(folder.at(name, "cold")));
    },
  );
});
