// generate is deterministic, --check detects drift without writing, and the committed generated/
// matches specs/.
import { createHash } from "node:crypto";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliSync } from "../../test-support/cli.ts";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { listFiles } from "../write/write-output.ts";

function copyProject(): string {
  const root = tempFolder("project").path;
  for (const path of ["specs", "generated", "stripe-events-contract.config.json"])
    cpSync(join(REPO_ROOT, path), join(root, path), { recursive: true });
  return root;
}

function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(listFiles(folder).map((path) => [path, readFileSync(join(folder, path), "utf8")]));
}

describe("generate --check", () => {
  it("passes on the committed generated/ (cache bypassed, so everything is re-rendered and compared)", () => {
    const result = runCliSync(["generate", "--check", "--force"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^generated\/ matches its specs \(11 files checked in [\d.]+ s\)\.\n$/);
    expect(result.code).toBe(0);
  });

  it("fails after a spec edit, names the stale files and writes nothing", () => {
    const root = copyProject();
    const spec = join(root, "specs/stripe-v2-core-events-openapi.yml");
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace(
        "summary: Ping an event destination",
        "summary: Ping an event destination (edited)",
      ),
    );
    const before = snapshot(join(root, "generated"));
    const result = runCliSync(["generate", "--check"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("generated/ is out of date with its specs");
    expect(result.stderr).toContain("generated/client.ts: changed");
    expect(result.stderr).toContain("generated/manifest.json: changed");
    expect(result.stderr).toContain("Run `npm run generate`");
    expect(snapshot(join(root, "generated"))).toEqual(before);
  });
});

describe("generate", () => {
  it("is byte-identical across runs", () => {
    const root = copyProject();
    const first = join(root, "first");
    const second = join(root, "second");
    const args = [
      "generate",
      "--force",
      "--spec",
      "specs/stripe-events-api-openapi.yml",
      "--overlay",
      "specs/stripe-events-api.overlay.yml",
      "--json-schema",
      "specs/stripe-event.json",
    ];
    expect(runCliSync([...args, "--out", first], root).code).toBe(0);
    expect(runCliSync([...args, "--out", second], root).code).toBe(0);
    expect(snapshot(second)).toEqual(snapshot(first));
    expect(Object.keys(snapshot(first))).toEqual([
      "client.ts",
      "manifest.json",
      "operations.ts",
      "types.ts",
      "validators.compiled.d.ts",
      "validators.compiled.js",
      "validators.ts",
      "webhooks.ts",
    ]);
  });

  it("headers name the generator and the source hashes", () => {
    const types = readFileSync(join(REPO_ROOT, "generated/types.ts"), "utf8");
    const specHash = sha256Of(join(REPO_ROOT, "specs/stripe-events-api-openapi.yml"));
    expect(types.split("\n").slice(0, 3)).toEqual([
      "// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).",
      `// Generator: stripe-events-contract ${JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).version}`,
      "// Sources:",
    ]);
    expect(types).toContain(`//   specs/stripe-events-api-openapi.yml sha256:${specHash}`);
  });

  it("skips work when nothing changed (content-hash cache)", () => {
    const root = copyProject();
    expect(runCliSync(["generate"], root).stdout).toMatch(/^Generated 11 files in generated\//);
    const result = runCliSync(["generate"], root);
    expect(result.stdout).toMatch(
      /^generated\/ is already up to date with its specs \(5 operations, 18 schemas, 18 validators, 3 webhooks\); nothing to do/,
    );
  });
});

function sha256Of(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
