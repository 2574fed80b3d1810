// Incremental regeneration: a run after a spec update compiles only the validators whose content
// key changed and takes the rest from the cache, and its output is byte-identical to a run
// without any cache. Given an edit, want the entries that are compiled again.
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { type BuiltSpecOptions, oneSpecConfig, specWithSchemas } from "../../test-support/specs.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { type GenerateConfig, loadProjectConfig } from "../config.ts";
import { generate, reusesValidatorCache } from "../pipeline.ts";
import { type CacheKind, cacheFile } from "../write/cache-file.ts";
import { readValidatorCache, writeValidatorCache } from "../write/validator-cache.ts";

const validatorCacheFile = (cacheDir: string, out: string) => cacheFile(cacheDir, out, "validators");

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** owner calls tag by name; label embeds the inside of `kinds` (a $ref that is not a component). */
const SCHEMAS = {
  owner: { type: "object", properties: { tags: { type: "array", items: ref("tag") } }, required: ["tags"] },
  tag: { type: "string", maxLength: 5 },
  kinds: { type: "object", properties: { k: { type: "string", enum: ["a", "b"] } } },
  label: { type: "object", properties: { kind: { $ref: "#/components/schemas/kinds/properties/k" } } },
  other: { type: "integer", minimum: 0 },
};

const folder = tempFolder("validator-cache", { insideRepo: true });
afterAll(() => folder.remove());

/** The spec is written to `name`/spec.json; the output goes to `name`/`out` (file headers name the spec). */
function configFor(
  name: string,
  schemas: object,
  cacheDir?: string,
  out = "out",
  options?: BuiltSpecOptions,
): GenerateConfig {
  const text = specWithSchemas(schemas as Record<string, unknown>, options);
  const spec = folder.write(`${name}/spec.json`, text);
  return oneSpecConfig(spec, folder.at(name, out), cacheDir === undefined ? {} : { cacheDir });
}

const outputFiles = (out: string) =>
  Object.fromEntries(
    readdirSync(out)
      .filter((file) => file !== "manifest.json")
      .map((file) => [file, readFileSync(join(out, file), "utf8")]),
  );

/** Generates `base`, then `edited` into the same output with the same cache. */
async function editedRun(
  name: string,
  edited: object,
  options?: BuiltSpecOptions,
  base: object = SCHEMAS,
  baseOptions?: BuiltSpecOptions,
) {
  const cacheDir = folder.at(name, "cache");
  const first = await generate({ config: configFor(name, base, cacheDir, "out", baseOptions), check: false });
  const second = await generate({ config: configFor(name, edited, cacheDir, "out", options), check: false });
  const cold = await generate({ config: configFor(name, edited, undefined, "cold", options), check: false });
  return { first, second, cold, out: folder.at(name, "out"), coldOut: folder.at(name, "cold") };
}

const OPENAPI_31: BuiltSpecOptions = { extra: { openapi: "3.1.0" } };

const PICKER = { type: "object", properties: { p: { $ref: "#/components/schemas/holder/properties/t" } } };

interface Case {
  readonly name: string;
  readonly base?: object;
  readonly edited: object;
  readonly options?: BuiltSpecOptions;
  /** The first run's, when not the default (OpenAPI 3.0, no operation). */
  readonly baseOptions?: BuiltSpecOptions;
  readonly wantCompiled: number;
  /** When not every validator has a function of its own: how many functions are reused. */
  readonly wantReused?: number;
}

const CASES: Case[] = [
  {
    name: "no schema edited (an operation added): none",
    edited: SCHEMAS,
    options: { listOperation: true },
    wantCompiled: 0,
  },
  {
    name: "tag edited: only tag (owner calls it by name)",
    edited: { ...SCHEMAS, tag: { type: "string" } },
    wantCompiled: 1,
  },
  {
    name: "kinds edited: kinds, and label, which embeds the place its $ref points into",
    edited: { ...SCHEMAS, kinds: { type: "object", properties: { k: { type: "string", enum: ["a", "c"] } } } },
    wantCompiled: 2,
  },
  { name: "a schema added: only the new one", edited: { ...SCHEMAS, added: { type: "boolean" } }, wantCompiled: 1 },
  {
    // 6 validators, 5 functions: all 5 reused.
    name: "a schema that is only a $ref added: none (it shares its target's function)",
    edited: { ...SCHEMAS, tagAlias: ref("tag") },
    wantCompiled: 0,
    wantReused: 5,
  },
  {
    // picker $refs a place inside holder that is only tag's $ref: ajv compiles tag into picker.
    name: "tag edited under a $ref to a place that is only tag's $ref: tag and picker",
    base: { ...SCHEMAS, holder: { type: "object", properties: { t: ref("tag") } }, picker: PICKER },
    edited: {
      ...SCHEMAS,
      tag: { type: "string" },
      holder: { type: "object", properties: { t: ref("tag") } },
      picker: PICKER,
    },
    wantCompiled: 2,
  },
  {
    // OpenAPI 3.1, whose schemas may carry any keyword. `$async` (ajv's own) is not translated for
    // ajv: had it been, owner's code would await tag, and tag's edit would change owner's code.
    name: "tag made $async under an $async owner: none ($async is not part of a validator)",
    base: { ...SCHEMAS, owner: { ...SCHEMAS.owner, $async: true } },
    baseOptions: OPENAPI_31,
    edited: { ...SCHEMAS, owner: { ...SCHEMAS.owner, $async: true }, tag: { ...SCHEMAS.tag, $async: true } },
    options: OPENAPI_31,
    wantCompiled: 0,
  },
  {
    // A $ref with a %-escape is read by ajv alone (entry-plan.ts gives up): the same output.
    name: "tag edited beside a $ref with a %-escape: tag, and the entry ajv alone resolves",
    base: { ...SCHEMAS, escaped: { type: "object", properties: { t: { $ref: "#/components/schemas/t%61g" } } } },
    edited: {
      ...SCHEMAS,
      tag: { type: "string" },
      escaped: { type: "object", properties: { t: { $ref: "#/components/schemas/t%61g" } } },
    },
    wantCompiled: 1,
  },
];

describe("incremental regeneration (validator cache)", () => {
  it.each(CASES.map((testCase, index) => ({ ...testCase, index })))(
    "$name",
    async ({ base, edited, options, baseOptions, wantCompiled, wantReused, index }) => {
      const run = await editedRun(`case${index}`, edited, options, base, baseOptions);
      expect(run.first.validatorsReused).toBe(0);
      const count = Object.keys(edited).length;
      expect(run.second.validators).toBe(count);
      expect(run.second.validatorsReused).toBe(wantReused ?? count - wantCompiled);
      expect(run.cold.validatorsReused).toBe(0);
      expect(outputFiles(run.out)).toEqual(outputFiles(run.coldOut));
    },
  );

  it("the reused code validates as compiled: an edited tag's new limit is enforced through owner", async () => {
    const run = await editedRun("behaviour", { ...SCHEMAS, tag: { type: "string", maxLength: 2 } });
    const validators = await import(join(run.out, "validators.compiled.js"));
    expect(validators.validateOwner({ tags: ["ab"] })).toBe(true);
    expect(validators.validateOwner({ tags: ["abc"] })).toBe(false);
    expect(validators.validateOwner.errors[0]).toMatchObject({ instancePath: "/tags/0", keyword: "maxLength" });
  });

  it("the validator worker (a spec over 1 MB) writes the cache after its reply; the next run reuses it", async () => {
    const cacheDir = folder.at("worker", "cache");
    const big = {
      extra: { info: { title: "padded past the worker threshold", version: "1", description: "x".repeat(1_100_000) } },
    };
    const config = configFor("worker", SCHEMAS, cacheDir, "out", big);
    const first = await generate({ config, check: false });
    expect(readValidatorCache(validatorCacheFile(cacheDir, config.out)).size).toBe(5);
    const edited = configFor("worker", { ...SCHEMAS, tag: { type: "string" } }, cacheDir, "out", big);
    const second = await generate({ config: edited, check: false });
    expect([first.validatorsReused, second.validatorsReused]).toEqual([0, 4]);
  });

  it("the spec's file renamed (its validator document's URL changes): every validator reused", async () => {
    const cacheDir = folder.at("renamed", "cache");
    const config = configFor("renamed", SCHEMAS, cacheDir);
    await generate({ config, check: false });
    const renamed = folder.write("renamed/other-name.json", specWithSchemas({ ...SCHEMAS, tag: { type: "string" } }));
    const second = await generate({ config: { ...config, specs: [{ spec: renamed }] }, check: false });
    expect(second.validatorsReused).toBe(4);
  });

  it("an entry's code does not depend on the entries around it (stable names)", async () => {
    const run = await editedRun("stable", { aaa_first: { type: "null" }, ...SCHEMAS });
    const ownerLine = (out: string) =>
      readFileSync(join(out, "validators.compiled.js"), "utf8")
        .split("\n")
        .find((line) => line.startsWith("export const validateOwner ="));
    await generate({ config: configFor("stable-before", SCHEMAS), check: false });
    expect(ownerLine(run.out)).toContain("validateTag(");
    expect(ownerLine(run.out)).toBe(ownerLine(folder.at("stable-before", "out")));
  });
});

describe("reusesValidatorCache (a CLI run that does is put in V8's efficiency mode)", () => {
  it("only when an earlier run into the same output left a validator cache, and not with --force", async () => {
    const cacheDir = folder.at("reuses", "cache");
    const config = configFor("reuses", SCHEMAS, cacheDir);
    expect(reusesValidatorCache({ config, check: false })).toBe(false);
    await generate({ config, check: false });
    expect(reusesValidatorCache({ config, check: false })).toBe(true);
    expect(reusesValidatorCache({ config, check: false, useCache: false })).toBe(false);
    expect(reusesValidatorCache({ config: { ...config, out: folder.at("reuses", "other") }, check: false })).toBe(
      false,
    );
    expect(reusesValidatorCache({ config: configFor("reuses", SCHEMAS), check: false })).toBe(false);
  });
});

describe("when the cache is not used", () => {
  it("no cacheDir: nothing reused, nothing written", async () => {
    const config = configFor("none", SCHEMAS);
    await generate({ config, check: false });
    const again = await generate({ config: configFor("none", { ...SCHEMAS, tag: { type: "string" } }), check: false });
    expect(again.validatorsReused).toBe(0);
  });

  it("--force (useCache false) reads nothing but writes the cache; --check writes none", async () => {
    const cacheDir = folder.at("force", "cache");
    const config = configFor("force", SCHEMAS, cacheDir);
    const checked = await generate({ config, check: true });
    expect(checked.status).toBe("stale");
    expect(existsSync(validatorCacheFile(cacheDir, config.out))).toBe(false);
    await generate({ config, check: false });
    const forced = await generate({ config, check: false, useCache: false });
    expect(forced.validatorsReused).toBe(0);
    const edited = await generate({
      config: configFor("force", { ...SCHEMAS, tag: { type: "string" } }, cacheDir),
      check: false,
    });
    expect(edited.validatorsReused).toBe(4);
  });

  it("a cache folder that cannot be written (a file is in its way) costs only the reuse", async () => {
    const blocked = folder.write("blocked/cache", "a file, not a folder");
    const config = configFor("blocked", SCHEMAS, blocked);
    const result = await generate({ config, check: false });
    expect(result.status).toBe("written");
    expect(outputFiles(config.out)["validators.compiled.js"]).toContain(`"owner": validateOwner,`);
    const again = await generate({
      config: configFor("blocked", { ...SCHEMAS, tag: { type: "string" } }, blocked),
      check: false,
    });
    expect(again.validatorsReused).toBe(0);
  });

  it("a corrupt, truncated or foreign cache file is ignored, and the output is still right", async () => {
    const cacheDir = folder.at("corrupt", "cache");
    const file = validatorCacheFile(cacheDir, folder.at("corrupt", "out"));
    await generate({ config: configFor("corrupt", SCHEMAS, cacheDir), check: false });
    const valid = readFileSync(file, "utf8");
    const [header] = valid.split("\n");
    const contents = [
      "{not json",
      JSON.stringify({ format: "another tool", entries: [["k", "x", []]] }),
      valid.slice(0, -5),
      `${header}\n["key", 42, []]\n`,
    ];
    for (const [index, content] of contents.entries()) {
      folder.write(file.slice(folder.path.length + 1), content);
      const edited = { ...SCHEMAS, other: { type: "integer", minimum: index + 1 } };
      const result = await generate({ config: configFor("corrupt", edited, cacheDir), check: false });
      expect(result.validatorsReused).toBe(0);
      expect(readValidatorCache(file).size).toBe(5);
    }
  });
});

describe("where the cache is (config cacheDir, --cache-dir)", () => {
  const project = (name: string, cacheDir: unknown) =>
    folder.write(`${name}/stripe-events-contract.config.json`, {
      specs: [{ spec: "spec.json" }],
      out: "out",
      ...(cacheDir === undefined ? {} : { cacheDir }),
    });
  const specIn = (name: string) => folder.write(`${name}/spec.json`, specWithSchemas(SCHEMAS));

  it.each([
    { name: "default", cacheDir: undefined, want: "node_modules/.cache/stripe-events-contract" },
    { name: "folder", cacheDir: "my-cache", want: "my-cache" },
  ])("config $name: the cache is written under $want, relative to the config file", ({ name, cacheDir, want }) => {
    specIn(`config-${name}`);
    project(`config-${name}`, cacheDir);
    const config = loadProjectConfig(folder.at(`config-${name}`));
    expect(config.cacheDir).toBe(folder.at(`config-${name}`, want));
  });

  it("config false turns it off; another value is refused at its place", () => {
    project("config-off", false);
    expect(loadProjectConfig(folder.at("config-off")).cacheDir).toBeUndefined();
    project("config-bad", 3);
    expect(() => loadProjectConfig(folder.at("config-bad"))).toThrow(
      "stripe-events-contract.config.json (at #/cacheDir): must be a folder path or false, got 3",
    );
  });

  it("--cache-dir: the CLI's second run after an edit says how many validators it reused", async () => {
    const spec = folder.write("cli/spec.json", specWithSchemas(SCHEMAS));
    const args = ["generate", "--spec", spec, "--out", folder.at("cli", "out"), "--cache-dir", folder.at("cli", "c")];
    const first = await runCli(args);
    expect(first.stdout).not.toContain("reused");
    folder.write("cli/spec.json", specWithSchemas({ ...SCHEMAS, tag: { type: "string" } }));
    const second = await runCli(args);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("(0 operations, 5 schemas, 5 validators) in");
    expect(second.stdout).toContain("; 4 validators reused from the cache");
    const named = (kind: CacheKind) => cacheFile(folder.at("cli", "c"), folder.at("cli", "out"), kind);
    expect(readdirSync(folder.at("cli", "c")).sort()).toEqual(
      [named("checks"), named("record"), named("validators")].map((file) => file.split("/").at(-1)),
    );
  });

  // The record of the last run (write/manifest.ts) is a cache too: it lives where the others do.
  it("the record that answers an unchanged spec is in the cache folder; with cacheDir false there is none", async () => {
    const out = folder.at("record", "out");
    const spec = folder.write("record/spec.json", specWithSchemas(SCHEMAS));
    const run = (cache: string) => runCli(["generate", "--spec", spec, "--out", out, "--cache-dir", cache]);
    await run(folder.at("record", "c"));
    expect((await run(folder.at("record", "c"))).stdout).toContain("is already up to date");
    const record = cacheFile(folder.at("record", "c"), out, "record").split("/").at(-1);
    expect(readdirSync(folder.at("record", "c"))).toContain(record);
    expect((await run(folder.at("record", "other"))).stdout).toMatch(/^Generated \d+ files/);
    project("record-off", false);
    folder.write("record-off/spec.json", specWithSchemas(SCHEMAS));
    const off = () => runCli(["generate"], { cwd: folder.at("record-off") });
    expect((await off()).stdout).toMatch(/^Generated \d+ files/);
    expect((await off()).stdout).toMatch(/^Generated \d+ files/);
  });
});

describe("validator cache file", () => {
  it("keeps the 16 most recently written files of a cache folder", () => {
    const cacheDir = folder.at("prune");
    const entries = new Map([["key", { code: "export const a = 1;\n", modules: [] }]]);
    for (let index = 0; index < 18; index++) {
      const file = validatorCacheFile(cacheDir, `/out/${index}`);
      writeValidatorCache(file, entries);
      const time = new Date(Date.UTC(2026, 0, 1, 0, index));
      utimesSync(file, time, time);
    }
    writeFileSync(join(cacheDir, "unrelated.txt"), "kept");
    writeValidatorCache(validatorCacheFile(cacheDir, "/out/last"), entries);
    const left = readdirSync(cacheDir);
    expect(left).toHaveLength(17);
    expect(left).toContain("unrelated.txt");
    const name = (out: string) => validatorCacheFile(cacheDir, out).slice(cacheDir.length + 1);
    // Each write past the 16th removed the oldest: /out/0, /out/1, then /out/2 with the last one.
    for (const gone of ["/out/0", "/out/1", "/out/2"]) expect(left).not.toContain(name(gone));
    for (const kept of ["/out/3", "/out/17"]) expect(left).toContain(name(kept));
    expect(readValidatorCache(validatorCacheFile(cacheDir, "/out/last"))).toEqual(entries);
  });

  const code = (name: string) => ({ code: `export const ${name} = 1;\n`, modules: [] });
  const codes = (names: string) => new Map([...names].map((name) => [`key-${name}`, code(name)]));
  const lines = (file: string) => readFileSync(file, "utf8").split("\n").slice(0, -1);

  it.each([
    {
      name: "appends what a run adds while at most a quarter of what it read is stale",
      read: "abcd",
      run: "abce",
      want: { lines: 6, holds: "abcde" },
    },
    {
      name: "rewrites with the run's entries once more than a quarter is stale",
      read: "abcde",
      run: "aefg",
      want: { lines: 5, holds: "aefg" },
    },
    {
      name: "rewrites when nothing was read (a missing or foreign file)",
      read: "",
      run: "ab",
      want: { lines: 3, holds: "ab" },
    },
  ])("$name", ({ read, run, want }) => {
    const file = validatorCacheFile(folder.at("append"), `/out/${read}-${run}`);
    if (read !== "") writeValidatorCache(file, codes(read));
    writeValidatorCache(file, codes(run), read === "" ? new Map() : readValidatorCache(file));
    expect(lines(file)).toHaveLength(want.lines);
    expect(readValidatorCache(file)).toEqual(codes(want.holds));
  });

  it("with nothing to add, leaves the file as it was but marks it used (pruning keeps it)", () => {
    const file = validatorCacheFile(folder.at("append"), "/out/same");
    writeValidatorCache(file, codes("abcde"));
    const before = readFileSync(file, "utf8");
    const old = new Date(Date.UTC(2026, 0, 1));
    utimesSync(file, old, old);
    writeValidatorCache(file, codes("abcd"), readValidatorCache(file));
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(statSync(file).mtimeMs).toBeGreaterThan(old.getTime());
  });
});
