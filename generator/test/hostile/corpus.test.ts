// Runs every corpus spec through the CLI, as a child process like a user would, and holds it to its
// row in expectations.ts. Runs happen once, in parallel lanes, in beforeAll; the tests then only read
// the recorded results, so the whole corpus costs one pass.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasStackFrames, type ProcessRun, runCli, typeCheckableOutputArgs } from "../../../test-support/cli.ts";
import { mapLimit } from "../../../test-support/map-limit.ts";
import { type TempFolder, tempFolder } from "../../../test-support/temp-folder.ts";
import { typeCheck } from "../../../test-support/typecheck.ts";
import { type Expectation, expectations } from "./expectations.ts";
import { identifiersIn } from "./lib/code-identifiers.ts";
import { readGeneratedSources } from "./lib/generated-files.ts";

const CORPUS = fileURLToPath(new URL("./corpus/", import.meta.url));
const CORPUS_SHOWN = "generator/test/hostile/corpus/";
const LANES = 3;

const corpusFiles = readdirSync(CORPUS)
  .filter((name) => !name.startsWith("."))
  .sort();
const rows = Object.entries(expectations).map(([file, expectation]) => ({ file, ...expectation }));
const generatedRows = rows.filter((row) => row.outcome === "generated");
const errorRows = rows.filter((row) => row.outcome === "error");

const outFolder = (file: string) => file.replace(/[^\w-]/g, "_");

let root: TempFolder;
const runs = new Map<string, ProcessRun>();
let typeErrors = "";

beforeAll(async () => {
  root = tempFolder("hostile-corpus", { insideRepo: true });
  const results = await mapLimit(corpusFiles, LANES, (file) =>
    runCli([
      "generate",
      "--spec",
      join(CORPUS, file),
      ...typeCheckableOutputArgs(root.at(outFolder(file))),
      ...(expectations[file]?.flags ?? []),
    ]),
  );
  for (const [index, file] of corpusFiles.entries()) runs.set(file, results[index]!);
  typeErrors = await typeCheck(
    root.path,
    generatedRows.map((row) => outFolder(row.file)),
  );
}, 180_000);

afterAll(() => root.remove());

function runOf(file: string): ProcessRun {
  const run = runs.get(file);
  if (!run) throw new Error(`${file} was not run: is it in corpus/?`);
  return run;
}

describe("hostile corpus", () => {
  it("has one expectation per corpus file, and at least 30 cases", () => {
    expect(Object.keys(expectations).sort()).toEqual(corpusFiles);
    expect(corpusFiles.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows)("$file: no raw stack trace reaches the user", ({ file }) => {
    const run = runOf(file);
    expect(hasStackFrames(run.stderr), run.stderr).toBe(false);
    expect(hasStackFrames(run.stdout), run.stdout).toBe(false);
    expect(run.stderr).not.toContain("looks like a bug");
  });

  it.each(errorRows)(
    "$file: refused with its message and line",
    ({ file, messageIncludes, line }: Expectation & { file: string }) => {
      const run = runOf(file);
      expect(run.code, run.stdout).toBe(1);
      expect(run.stderr).toMatch(/^Error: \d+ problems?:\n/);
      expect(run.stderr).toContain("\nWhat to do: ");
      for (const text of messageIncludes ?? []) expect(run.stderr).toContain(text);
      if (line !== undefined)
        expect(run.stderr).toMatch(new RegExp(`${escapeRegExp(CORPUS_SHOWN + file)}:${line}[: ]`));
      expect(existsSync(root.at(outFolder(file))), "a failed run must not leave an output folder").toBe(false);
    },
  );

  it.each(generatedRows)(
    "$file: generated, with the spec's text kept readable",
    ({ file, outputIncludes, outputExcludes }: Expectation & { file: string }) => {
      const run = runOf(file);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^Generated \d+ files in /);
      const sources = readGeneratedSources(root.at(outFolder(file)));
      expect([...sources.keys()]).toEqual(
        expect.arrayContaining(["client.ts", "operations.ts", "types.ts", "validators.compiled.js", "validators.ts"]),
      );
      const allText = [...sources.values()].join("\n");
      for (const text of outputIncludes ?? []) expect(allText).toContain(text);
      for (const text of outputExcludes ?? []) expect(allText).not.toContain(text);
    },
  );

  it.each(generatedRows)("$file: injected text never becomes code", ({ file }) => {
    for (const [path, source] of readGeneratedSources(root.at(outFolder(file)))) {
      const identifiers = identifiersIn(path, source);
      expect(identifiers.has("pwned"), `${path} declares or uses \`pwned\``).toBe(false);
    }
  });

  it("every generated output type-checks under the project's compiler settings", () => {
    expect(typeErrors).toBe("");
  });
});

describe("--debug", () => {
  it.each([
    { given: [], wantFrames: false },
    { given: ["--debug"], wantFrames: true },
  ])("prints stack frames for a spec error: $given → $wantFrames", async ({ given, wantFrames }) => {
    const run = await runCli([
      "generate",
      "--spec",
      join(CORPUS, "ref-missing-pointer.yml"),
      "--out",
      root.at("debug-run"),
      ...given,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("points at nothing");
    expect(hasStackFrames(run.stderr)).toBe(wantFrames);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
