// Robustness on a real, large spec: GitHub's REST API (13 MB, 969 schemas, circular refs)
// generates and the output type-checks with 0 errors under strict TypeScript 5.9.
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, typeCheckableOutputArgs } from "../../test-support/cli.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { typeCheck } from "../../test-support/typecheck.ts";

const work = tempFolder("github-spec", { insideRepo: true });
const require = createRequire(import.meta.url);

describe("GitHub's REST spec", () => {
  afterAll(() => work.remove());

  it("generates types, client and validators that type-check with 0 errors", async () => {
    const spec = require.resolve("@octokit/openapi/generated/api.github.com.json");
    const result = await runCli(["generate", "--force", "--spec", spec, ...typeCheckableOutputArgs(work.at("out"))]);
    // Lenient mode reads 42 bare `nullable: true` (no type) with a warning each, and two formats are
    // GitHub's own; nothing else reaches stderr (no ajv lines, no stack).
    const headings = result.stderr.split("\n").filter((line) => line.startsWith("Warning:"));
    expect(headings.map((line) => line.split(/ (?:not valid|whose)/)[0])).toEqual([
      "Warning: 42 constructs",
      "Warning: 2 unknown formats",
    ]);
    expect(result.stderr).toContain(
      'api.github.com.json:347226:21 (at #/components/headers/x-rate-limit-reset/schema/format): format "timestamp" (1 use)',
    );
    for (const line of result.stderr.trimEnd().split("\n")) expect(line).toMatch(/^(Warning: | {2}\S)/);
    expect(result.stdout).toMatch(
      /^Generated 7 files in .*out\/ \(\d{4} operations, \d{3,4} schemas, \d{4} validators\) in [\d.]+ s; not modelled: response headers \(254\), servers of paths and operations \(1\)\.\n$/,
    );
    expect(result.code).toBe(0);

    const diagnostics = await typeCheck(work.path, ["out"]);
    expect(
      diagnostics
        .split("\n")
        .filter((line) => line.includes("error TS"))
        .slice(0, 10),
    ).toEqual([]);
    expect(diagnostics).toBe("");
  }, 300_000);
});
