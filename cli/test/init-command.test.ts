// `init` in a repository: what it creates, that a second run changes nothing, that it keeps a file or
// script the user changed unless --force (and dependencies always), and that generate then works.
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { repoPath } from "../../test-support/repo.ts";
import { type TempFolder, tempFolder } from "../../test-support/temp-folder.ts";

let repo: TempFolder;
beforeAll(() => {
  repo = tempFolder("init");
  repo.write("package.json", { name: "my-app", private: true, scripts: { test: "node --test", generate: "make gen" } });
  repo.write("src/index.ts", "export {};\n");
});
afterAll(() => repo.remove());

const init = (...args: string[]) => runCli(["init", ...args], { cwd: repo.path });
const json = (path: string) => JSON.parse(readFileSync(repo.at(path), "utf8"));
const version = JSON.parse(readFileSync(repoPath("package.json"), "utf8")).version;

describe("init", () => {
  it("scaffolds the config, specs, documented cassettes, npm scripts, dependencies and the workflow", async () => {
    const result = await init();
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const line of [
      "created   stripe-events-contract.config.json",
      "created   specs/stripe-events-api-openapi.yml",
      "created   specs/stripe-events-api.overlay.yml",
      "created   specs/stripe-v2-core-events-openapi.yml",
      "created   specs/stripe-event.json",
      "created   contract-tests/cassettes/v1-events-list-page-1.json",
      "created   .github/workflows/contract.yml",
      'kept      package.json scripts.generate ("make gen")',
      'added     package.json scripts.contract: "stripe-events-contract contract"',
      `added     package.json dependencies.stripe-events-contract-runtime: "^${version}"`,
      `added     package.json devDependencies.stripe-events-contract: "^${version}"`,
    ])
      expect(result.stdout).toContain(line);
    expect(json("stripe-events-contract.config.json")).toMatchObject({
      out: "src/generated",
      runtimeImport: "stripe-events-contract-runtime/runtime",
      compiledValidators: ".ts",
      cassettes: "contract-tests/cassettes",
    });
    expect(readFileSync(repo.at(".github/workflows/contract.yml"), "utf8")).toBe(
      readFileSync(repoPath(".github/workflows/contract.yml"), "utf8"),
    );
    expect(json("package.json").scripts).toEqual({
      test: "node --test",
      generate: "make gen",
      contract: "stripe-events-contract contract",
      record: "stripe-events-contract record",
      diff: "stripe-events-contract diff",
      validate: "stripe-events-contract validate",
    });
  });

  it("a second run changes nothing", async () => {
    const before = readFileSync(repo.at("package.json"), "utf8");
    const result = await init();
    expect(result.stdout).not.toMatch(/^ {2}(created|added|replaced) /m);
    expect(result.stdout).toContain("unchanged .github/workflows/contract.yml");
    expect(readFileSync(repo.at("package.json"), "utf8")).toBe(before);
  });

  it("keeps a file the user changed (no --force); --force replaces it and the script, never a dependency", async () => {
    writeFileSync(repo.at(".github/workflows/contract.yml"), "# mine\n");
    const pkg = json("package.json");
    writeFileSync(
      repo.at("package.json"),
      JSON.stringify({ ...pkg, dependencies: { "stripe-events-contract-runtime": "file:rt.tgz" } }, null, 2),
    );
    const kept = await init();
    expect(kept.stdout).toContain("kept      .github/workflows/contract.yml (yours differs; --force replaces it)");
    expect(readFileSync(repo.at(".github/workflows/contract.yml"), "utf8")).toBe("# mine\n");

    const forced = await init("--force");
    expect(forced.stdout).toContain("replaced  .github/workflows/contract.yml");
    expect(forced.stdout).toContain('replaced  package.json scripts.generate: "stripe-events-contract generate"');
    expect(forced.stdout).toContain(
      'kept      package.json dependencies.stripe-events-contract-runtime ("file:rt.tgz")',
    );
    expect(json("package.json").dependencies).toEqual({ "stripe-events-contract-runtime": "file:rt.tgz" });
  });

  it("generate runs on what init wrote", async () => {
    const result = await runCli(["generate"], { cwd: repo.path });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^Generated \d+ files in src\/generated\/ \(5 operations, \d+ schemas, \d+ validators, 3 webhooks\)/,
    );
    expect(readFileSync(repo.at("src/generated/validators.compiled.ts"), "utf8").startsWith("// @ts-nocheck")).toBe(
      true,
    );
  });

  it("refuses a folder without package.json (exit 1), saying what to do", async () => {
    const empty = tempFolder("init-empty");
    try {
      const result = await runCli(["init"], { cwd: empty.path });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("package.json: not found in");
      expect(result.stderr).toContain("run `npm init` first");
    } finally {
      empty.remove();
    }
  });
});
