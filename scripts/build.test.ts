// dist/ is what consumers run: the compiled CLI must work there too, including its worker threads,
// whose entry points are named at run time (see generator/sibling-module.ts).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { siblingModule } from "../generator/sibling-module.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

describe("siblingModule", () => {
  it.each([
    ["file:///app/src/job.ts", "file:///app/src/worker.ts"],
    ["file:///app/dist/job.js", "file:///app/dist/worker.js"],
  ])("%s → %s", (from, want) => expect(siblingModule("worker", from).href).toBe(want));
});

describe("dist build", () => {
  it("builds, and the compiled CLI generates from a spec inside a worker (--timeout)", () => {
    const build = spawnSync(process.execPath, [join(ROOT, "scripts/build.ts")], { cwd: ROOT, encoding: "utf8" });
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    expect(existsSync(join(ROOT, "dist/generated/validators.compiled.js"))).toBe(true);

    const folder = mkdtempSync(join(tmpdir(), "sec-dist-"));
    writeFileSync(
      join(folder, "spec.json"),
      JSON.stringify({
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {},
        components: { schemas: { thing: { type: "object" } } },
      }),
    );
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, "bin/stripe-events-contract.js"),
        "generate",
        "--timeout",
        "60",
        "--spec",
        join(folder, "spec.json"),
        "--out",
        join(folder, "out"),
      ],
      { encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /^Generated 7 files in .*out\/ \(0 operations, 1 schemas, 1 validators\) in [\d.]+ s\.\n$/,
    );
  }, 120_000);
});
