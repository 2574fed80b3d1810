// The OpenAPI schema check remembered entry by entry (resolve/check-memo.ts): after a spec passed,
// the next check of it skips the entries of components/schemas and paths that are unchanged, and
// its verdict is always the whole check's. Given a remembered spec and an edit, want the verdict.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkMemoFile, generateSchemas, rememberedCheckMemo } from "../../test-support/check-memo-runs.ts";
import { runCli } from "../../test-support/cli.ts";
import { specWithSchemas } from "../../test-support/specs.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { type CheckMemo, entryFingerprints, matchesRemembering, withoutRemembered } from "../resolve/check-memo.ts";
import { matchesOpenApiSchema } from "../resolve/openapi-schema-check.ts";
import { checkMemos } from "../write/check-memos.ts";

const SCHEMAS = {
  pet: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
  tag: { type: "string", maxLength: 5 },
};

function specOf(schemas: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(specWithSchemas(schemas, { listOperation: true }));
}

function rememberedOf(schemas: Record<string, unknown>): CheckMemo {
  const { matches, memo } = matchesRemembering(specOf(schemas), "3.0", undefined);
  expect(matches).toBe(true);
  return memo!;
}

describe("matchesRemembering", () => {
  it.each([
    { name: "the same spec", edit: {}, want: true },
    { name: "one schema edited, still valid", edit: { tag: { type: "string", maxLength: 6 } }, want: true },
    { name: "one schema edited to an invalid type", edit: { tag: { type: "text" } }, want: false },
    { name: "a new schema that is invalid", edit: { extra: { required: "name" } }, want: false },
    { name: "a new schema that is valid", edit: { extra: { type: "integer" } }, want: true },
  ])("remembered spec, then $name: $want", ({ edit, want }) => {
    const remembered = rememberedOf(SCHEMAS);
    const edited = specOf({ ...SCHEMAS, ...edit });
    expect(matchesOpenApiSchema(edited, "3.0")).toBe(want);
    const { matches, memo } = matchesRemembering(edited, "3.0", remembered);
    expect(matches).toBe(want);
    expect(memo === undefined).toBe(!want);
  });

  it("one path item edited to be invalid: refused", () => {
    const remembered = rememberedOf(SCHEMAS);
    const edited = specOf(SCHEMAS);
    (edited.paths as Record<string, Record<string, unknown>>)["/things"]!.get = { responses: "none" };
    expect(matchesRemembering(edited, "3.0", remembered).matches).toBe(false);
  });

  // The one way a memo could change a verdict is by emptying an entry that is not valid where it is.
  it("a memo made under the other OpenAPI version is not used", () => {
    const spec = specOf({ ...SCHEMAS, tag: { type: "null" } });
    const madeUnder31: CheckMemo = { version: "3.1", fingerprints: Object.fromEntries(entryFingerprints(spec)) };
    expect(withoutRemembered(spec, entryFingerprints(spec), madeUnder31)).toBeDefined();
    expect(matchesRemembering(spec, "3.0", madeUnder31).matches).toBe(false);
    expect(matchesRemembering(spec, "3.0", { ...madeUnder31, version: "3.0" }).matches).toBe(true);
  });
});

describe("withoutRemembered", () => {
  it("empties exactly the unchanged entries, in copies, leaving the document as it was", () => {
    const remembered = rememberedOf(SCHEMAS);
    const edited = specOf({ ...SCHEMAS, tag: { type: "string", maxLength: 6 } });
    const before = JSON.stringify(edited);
    const smaller = withoutRemembered(edited, entryFingerprints(edited), remembered) as {
      components: { schemas: Record<string, unknown> };
      paths: Record<string, unknown>;
    };
    expect(smaller.components.schemas).toEqual({ pet: {}, tag: { type: "string", maxLength: 6 } });
    expect(smaller.paths).toEqual({ "/things": {} });
    expect(JSON.stringify(edited)).toBe(before);
  });

  it("gives nothing when no entry is unchanged", () => {
    const remembered = rememberedOf(SCHEMAS);
    const other = specOf({ dog: { type: "object" } });
    (other as { paths: unknown }).paths = {};
    expect(withoutRemembered(other, entryFingerprints(other), remembered)).toBeUndefined();
  });

  it("keeps a schema named __proto__ an entry of the map", () => {
    const schemas = JSON.parse('{"__proto__": {"type": "string"}, "tag": {"type": "string"}}');
    const spec = specOf(schemas);
    const { memo } = matchesRemembering(spec, "3.0", undefined);
    const edited = specOf(JSON.parse('{"__proto__": {"type": "text"}, "tag": {"type": "string"}}'));
    const smaller = withoutRemembered(edited, entryFingerprints(edited), memo!) as {
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(smaller.components.schemas)).toEqual(["__proto__", "tag"]);
    expect(matchesRemembering(edited, "3.0", memo).matches).toBe(false);
  });
});

describe("entryFingerprints", () => {
  it.each([
    { name: "NaN and null", a: Number.NaN, b: null },
    { name: "Infinity and null", a: Number.POSITIVE_INFINITY, b: null },
    { name: "-0 and 0", a: -0, b: 0 },
    { name: "key order", a: { x: 1, y: 2 }, b: { y: 2, x: 1 } },
  ])("tells $name apart (JSON would not, or would by accident)", ({ a, b }) => {
    const fingerprint = (value: unknown) =>
      entryFingerprints({ components: { schemas: { s: { example: value } } } }).get("/components/schemas/s");
    expect(fingerprint(a)).not.toBe(fingerprint(b));
    expect(fingerprint(a)).toBe(fingerprint(structuredClone(a)));
  });

  it.each([
    { name: "NaN and null", a: Number.NaN, b: null },
    { name: "Infinity and null", a: Number.POSITIVE_INFINITY, b: null },
    { name: "-0 and 0", a: -0, b: 0 },
  ])(
    "on a JSON basis does not tell $name apart: a YAML input (which can hold them) is fingerprinted by V8",
    ({ a, b }) => {
      const fingerprint = (value: unknown) =>
        entryFingerprints({ components: { schemas: { s: { example: value } } } }, "json").get("/components/schemas/s");
      expect(fingerprint(a)).toBe(fingerprint(b));
    },
  );

  it("on a JSON basis tells apart what JSON text does, and never gives a V8 fingerprint", () => {
    const document = specOf({ s: { type: "string" }, t: { type: "integer" } });
    const json = entryFingerprints(document, "json");
    const v8 = entryFingerprints(document, "v8");
    expect(json.get("/components/schemas/s")).not.toBe(json.get("/components/schemas/t"));
    expect(json.get("/components/schemas/s")).toMatch(/^j/);
    for (const [pointer, fingerprint] of json) expect(v8.get(pointer)).not.toBe(fingerprint);
  });

  it("a memo made on one basis remembers nothing on the other: the whole document is checked", () => {
    const spec = specOf({ thing: { type: "string" } });
    const { memo } = matchesRemembering(spec, "3.0", undefined, "json");
    expect(withoutRemembered(spec, entryFingerprints(spec, "json"), memo!)).toBeDefined();
    expect(withoutRemembered(spec, entryFingerprints(spec, "v8"), memo!)).toBeUndefined();
  });

  it("covers every schema and path item, by JSON pointer", () => {
    const fingerprints = entryFingerprints(specOf({ "a/b": { type: "string" }, c: { type: "string" } }));
    expect([...fingerprints.keys()]).toEqual(["/components/schemas/a~1b", "/components/schemas/c", "/paths/~1things"]);
  });
});

describe("checkMemos", () => {
  const folder = tempFolder("check-memos", { insideRepo: true });
  afterAll(() => folder.remove());
  const use = (name: string, write = true) => ({
    file: folder.at(name, "checks.json"),
    read: true,
    write,
    salt: "s",
  });

  it("a first run into an output fingerprints nothing and leaves an empty file; the next remembers", () => {
    expect(checkMemos(use("first"))).toBeUndefined();
    expect(existsSync(use("first").file)).toBe(true);
    const second = checkMemos(use("first"));
    expect(second?.remembered("spec")).toBeUndefined();
    second?.remember("spec", { version: "3.0", fingerprints: { "/paths/~1a": "x" } });
    second?.save();
    expect(checkMemos(use("first"))?.remembered("spec")).toEqual({
      version: "3.0",
      fingerprints: { "/paths/~1a": "x" },
    });
    expect(checkMemos({ ...use("first"), salt: "another generator" })?.remembered("spec")).toBeUndefined();
  });

  it.each([
    { given: "what entries' proofs read", refReads: { "/paths/~1a": ["/components/schemas/b"] }, kept: true },
    { given: "a read that is not a pointer", refReads: { "/paths/~1a": [7] }, kept: false },
    { given: "reads that are not a list", refReads: { "/paths/~1a": "/components/schemas/b" }, kept: false },
  ])("a memo with $given is read back only when well-formed: $kept", ({ given, refReads, kept }) => {
    const name = `reads-${given.replaceAll(" ", "-")}`;
    checkMemos(use(name));
    const memo = { version: "3.0", fingerprints: { "/paths/~1a": "x" }, refReads } as unknown as CheckMemo;
    const memos = checkMemos(use(name));
    memos?.remember("spec", memo);
    memos?.save();
    expect(checkMemos(use(name))?.remembered("spec")).toEqual(kept ? memo : undefined);
  });

  it("--check (no writing) leaves no file and fingerprints nothing", () => {
    expect(checkMemos(use("check", false))).toBeUndefined();
    expect(existsSync(use("check").file)).toBe(false);
    expect(checkMemos(undefined)).toBeUndefined();
  });
});

describe("through generate", () => {
  const folder = tempFolder("check-memo", { insideRepo: true });
  afterAll(() => folder.remove());
  const run = (schemas: Record<string, unknown>, ...flags: string[]) => generateSchemas(folder, schemas, ...flags);

  it("a spec edited to be invalid after a passed run is refused as a first run refuses it", async () => {
    expect((await run(SCHEMAS)).code).toBe(0);
    // A first run leaves an empty file; the second fingerprints and writes the memo.
    const lines = () => readFileSync(checkMemoFile(folder.at("c")), "utf8").split("\n").length;
    expect(lines()).toBe(2);
    expect((await run({ ...SCHEMAS, tag: { type: "string", maxLength: 6 } })).code).toBe(0);
    expect(lines()).toBe(3);
    const invalid = { ...SCHEMAS, tag: { type: "text" } };
    const remembered = await run(invalid);
    const cold = await run(invalid, "--force");
    expect(remembered.code).toBe(1);
    expect(remembered.stderr).toContain("components/schemas/tag");
    expect(remembered.stderr).toBe(cold.stderr);
  });

  // A V8 fingerprint is a base64 SHA-1 (28 characters); a JSON one is "j" and the same (29).
  it.each([
    { given: "a JSON spec", file: "basis.json", text: (spec: string) => spec, want: /^j[A-Za-z0-9+/=]{28}$/ },
    {
      given: "a YAML spec (which can hold NaN and ±Infinity)",
      file: "basis.yaml",
      text: (spec: string) => stringify(JSON.parse(spec)),
      want: /^[A-Za-z0-9+/=]{28}$/,
    },
  ])("fingerprints $given on the basis its format allows", async ({ file, text, want }) => {
    const cache = folder.at(`c-${file}`);
    const spec = folder.write(file, text(specWithSchemas(SCHEMAS, { listOperation: true })));
    const generate = () =>
      runCli(["generate", "--spec", spec, "--out", folder.at(`out-${file}`), "--cache-dir", cache, "--force"]);
    expect((await generate()).code).toBe(0);
    expect((await generate()).code).toBe(0);
    const fingerprints = Object.values(rememberedCheckMemo(cache)!.fingerprints);
    expect(fingerprints.length).toBeGreaterThan(1);
    for (const fingerprint of fingerprints) expect(fingerprint).toMatch(want);
  });

  it("--check writes no memo", async () => {
    const checkOnly = tempFolder("check-memo-check", { insideRepo: true });
    try {
      const spec = checkOnly.write("spec.json", specWithSchemas(SCHEMAS, { listOperation: true }));
      const args = ["generate", "--spec", spec, "--out", checkOnly.at("out"), "--cache-dir", checkOnly.at("c")];
      await runCli([...args, "--check"]);
      const written = (() => {
        try {
          return readdirSync(checkOnly.at("c"));
        } catch {
          return [];
        }
      })();
      expect(written.filter((name) => name.startsWith("checks-"))).toEqual([]);
      await runCli(args);
      expect(readdirSync(checkOnly.at("c")).filter((name) => name.startsWith("checks-"))).toHaveLength(1);
    } finally {
      checkOnly.remove();
    }
  });
});
