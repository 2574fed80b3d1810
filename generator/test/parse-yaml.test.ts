// The two YAML paths of load/parse-yaml.ts. Given a text, want the fast path to take it and read
// exactly what the careful path reads, or to leave it to the careful path (aliases, tags,
// directives, null keys, errors), which then answers as it always has: the same data, or the same
// error with its line.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { repoPath } from "../../test-support/repo.ts";
import { carefulYaml, fastYaml, parseYaml } from "../load/parse-yaml.ts";
import { SpecError } from "../spec-error.ts";
import { CORPUS, corpusSpecPath } from "./corpus/corpus-specs.ts";

const TAKEN: [string, string][] = [
  ["1.2 core integers (leading zero, octal, hex, sign)", "a: 012\nb: 0o12\nc: 0x1F\nd: +12\ne: -0"],
  ["1.1-only forms are strings", "a: 1_000\nb: 0b101\nc: yes\nd: on\ne: 2001-12-14\nf: 1:20"],
  ["floats and the special values", "a: .inf\nb: -.Inf\nc: .NaN\nd: 1e3\ne: 1.\nf: .5\ng: 6.8523015e+5"],
  ["nulls and booleans as values", "a: ~\nb: Null\nc:\nd: TRUE\ne: [null, ~]"],
  ["a number too large for a double", "a: 12345678901234567890"],
  ["numbers and booleans as keys", "200: ok\n1.5: x\ntrue: y\n'': empty"],
  [
    "folded and literal blocks with chomping",
    "a: >\n  folded\n  text\n\n  para\nb: |-\n  lit\n   kept\nc: |+\n  x\n\n",
  ],
  ["quoted escapes and plain continuation lines", "a: \"\\u00e9\\t\\x41\"\nb: 'it''s'\nc: plain\n  continued"],
  ["flow collections, empty ones, a comment", "a: {b: 1, c: [1, 2]}\nd: []\ne: {} # note"],
  ["a merge key is an ordinary key in YAML 1.2", "<<: {a: 1}\nb: 2"],
  ["an explicit document end", "a: 1\n...\n"],
  ["a top-level list and a bare scalar", "- a\n- b"],
  ["an anchor that no alias uses", "a: &unused {b: 1}"],
];

const DEFERRED: [string, string][] = [
  ["an alias", "a: &x {b: 1}\nc: *x"],
  ["an explicit tag", "a: !!str 1"],
  ["a local tag", "a: !thing 1"],
  ["a %YAML directive", "%YAML 1.1\n---\na: yes"],
  ["two documents", "a: 1\n---\nb: 2"],
  ["a null key (plain)", "null: z"],
  ["a null key (~) in a flow mapping", "a: {~: 1}"],
  ["an empty key", "? \n: v"],
  ["a collection as a key", "? [a, b]\n: c"],
  ["a duplicate key", "a: 1\na: 2"],
  ["a tab as indentation", "a:\n\tb: 1"],
  ["a syntax error", "a: [1, 2"],
  ["nesting deeper than js-yaml reads", `${"[".repeat(101)}${"]".repeat(101)}`],
];

const BILLION_LAUGHS = [
  "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
  ...Array.from({ length: 8 }, (_, level) => {
    const name = String.fromCharCode(98 + level);
    const previous = String.fromCharCode(97 + level);
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`;
  }),
].join("\n");

describe("the fast YAML path", () => {
  it.each(TAKEN)("takes %s and reads what the careful path reads", (_given, text) => {
    const fast = fastYaml(text);
    expect(fast).toBeDefined();
    expect(fast!.data).toStrictEqual(carefulYaml(text, "t.yml"));
  });

  it.each(DEFERRED)("leaves %s to the careful path", (_given, text) => {
    expect(fastYaml(text)).toBeUndefined();
  });

  it("keeps __proto__ an own key and the prototype untouched", () => {
    const data = fastYaml("__proto__: {polluted: 1}\nconstructor: {prototype: {x: 1}}")!.data as object;
    expect(Object.getOwnPropertyNames(data)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("parseYaml: the careful path behind the fast one", () => {
  it("refuses a billion-laughs alias bomb without expanding it on the fast path", () => {
    expect(fastYaml(BILLION_LAUGHS)).toBeUndefined();
    expect(() => parseYaml(BILLION_LAUGHS, "bomb.yml")).toThrow(/YAML could not be expanded/);
  });

  it("reads a few aliases as before (shared nodes expanded by the careful path)", () => {
    expect(parseYaml("a: &x {b: 1}\nc: *x\nd: *x", "t.yml")).toStrictEqual({ a: { b: 1 }, c: { b: 1 }, d: { b: 1 } });
  });

  it.each([
    ["a duplicate key", "a: 1\nb: 2\na: 3", "t.yml:3:1 YAML DUPLICATE_KEY"],
    ["a tab as indentation", "a:\n\tb: 1", "t.yml:2:1 YAML TAB_AS_INDENT"],
  ])("reports %s with its line", (_given, text, want) => {
    const error = catchError(() => parseYaml(text, "t.yml"));
    const problem = error.problems[0]!;
    expect(`${problem.file}:${problem.line}:${problem.column} ${problem.message}`).toMatch(want);
  });
});

describe("every YAML file of the project and the corpus", () => {
  const files = [
    ...readdirSync(repoPath("specs")).map((name) => repoPath("specs", name)),
    ...readdirSync(repoPath("generator/test/hostile/corpus")).map((name) =>
      repoPath("generator/test/hostile/corpus", name),
    ),
    ...CORPUS.map(corpusSpecPath),
  ].filter((file) => /\.ya?ml$/.test(file));

  it("covers enough files, most of them on the fast path", () => {
    const taken = files.filter((file) => fastYaml(textOf(file)) !== undefined);
    expect(files.length).toBeGreaterThanOrEqual(45);
    expect(taken.length).toBeGreaterThanOrEqual(files.length - 8);
  });

  it.each(files.map((file) => [file.slice(repoPath().length + 1), file]))("%s: both paths agree", (_shown, file) => {
    const text = textOf(file);
    const fast = fastYaml(text);
    if (fast === undefined) return; // the careful path alone reads it: nothing to compare
    // node's deep equality: vitest's reads an own "constructor" key (a hostile spec has one) as the class.
    expect(isDeepStrictEqual(fast.data, carefulYaml(text, file))).toBe(true);
  });
});

function textOf(file: string): string {
  return readFileSync(join(file), "utf8").replace(/^\uFEFF/, "");
}

function catchError(run: () => unknown): SpecError {
  try {
    run();
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error("expected a SpecError");
}

describe("js-yaml is loaded only to read YAML", () => {
  // A child process records every module it resolves (module.registerHooks) while it reads one spec.
  const modulesResolvedReading = (file: string): string[] => {
    const script = [
      'import { registerHooks } from "node:module";',
      "const seen = [];",
      "registerHooks({ resolve: (specifier, context, next) => { const result = next(specifier, context); seen.push(result.url); return result; } });",
      `const { readSource } = await import(${JSON.stringify(pathToFileURL(repoPath("generator/load/read-source.ts")).href)});`,
      `readSource(${JSON.stringify(file)});`,
      "console.log(JSON.stringify(seen));",
    ].join("\n");
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(child.stderr).toBe("");
    return JSON.parse(child.stdout) as string[];
  };

  it("not for a JSON spec", () => {
    const resolved = modulesResolvedReading(repoPath("node_modules/@octokit/openapi/package.json"));
    expect(resolved.some((url) => url.includes("/read-source.ts"))).toBe(true);
    expect(resolved.filter((url) => url.includes("/node_modules/js-yaml/"))).toEqual([]);
  });

  it("for a YAML spec (negative twin)", () => {
    const resolved = modulesResolvedReading(repoPath("specs/stripe-events-api-openapi.yml"));
    expect(resolved.filter((url) => url.includes("/node_modules/js-yaml/"))).toHaveLength(1);
  });
});
