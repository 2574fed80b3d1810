// Robustness on a real, large spec: GitHub's REST API (13 MB, 969 schemas, circular refs)
// generates and the output type-checks with 0 errors under strict TypeScript 5.9.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "./helpers.ts";

const WORK = join(REPO, ".cache", "github-spec-test");
const OUT = join(WORK, "out");
const require = createRequire(import.meta.url);

describe("GitHub's REST spec", () => {
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it("generates types, client and validators that type-check with 0 errors", () => {
    mkdirSync(WORK, { recursive: true });
    const spec = require.resolve("@octokit/openapi/generated/api.github.com.json");
    const result = runCli([
      "generate",
      "--force",
      "--spec",
      spec,
      "--out",
      OUT,
      "--import-extension",
      ".ts",
      "--runtime-import",
      "../../../runtime/index.ts",
    ]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^Generated 7 files in .*out\/ \(\d{4} operations, \d{3,4} schemas, \d{4} validators\) in [\d.]+ s\.\n$/,
    );
    expect(result.code).toBe(0);

    writeFileSync(
      join(WORK, "tsconfig.json"),
      JSON.stringify({ extends: "../../tsconfig.json", include: ["out/**/*.ts"] }),
    );
    const tsc = spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", join(WORK, "tsconfig.json")],
      { encoding: "utf8" },
    );
    expect(
      tsc.stdout
        .split("\n")
        .filter((line) => line.includes("error TS"))
        .slice(0, 10),
    ).toEqual([]);
    expect(tsc.status).toBe(0);
  }, 300_000);
});
