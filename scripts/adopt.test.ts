// Runs the adoption script (scripts/adopt.ts) end to end: pack, install, init, generate, contract
// (recorded, then live), tsc build, a broken cassette, the workflow against a bare origin. It needs
// the npm registry (or cache) for the packages' dependencies, as `npm ci` does.
import { describe, expect, it } from "vitest";
import { runNode } from "../test-support/cli.ts";
import { repoPath } from "../test-support/repo.ts";

describe("adoption from a user's own repository", () => {
  it("scripts/adopt.ts succeeds, with a runtime-only install of at most 5 MB", async () => {
    const result = await runNode([repoPath("scripts/adopt.ts")]);
    if (result.code !== 0) throw new Error(`adopt.ts failed:\n${result.stdout}\n${result.stderr}`);
    const steps = [...result.stdout.matchAll(/^✔ (.+) \([\d.]+ s\)$/gm)].map((match) => match[1]);
    expect(steps).toEqual([
      "npm pack: both packages",
      "runtime-only install (≤ 5 MB)",
      "fresh application: npm install from the tarballs",
      "stripe-events-contract init",
      "npm run generate",
      "npm run contract (recorded only)",
      "npm run contract (recorded, then live against Prism)",
      "tsc build (plain tsc, no allowJs) and run",
      "module/moduleResolution: Bundler type-checks, node10 does not (ESM only)",
      "a broken cassette fails with its pointer",
      "an older Node",
      "workflow on main: a bare origin, the test job",
      "workflow: contract shards 1/2 and 2/2, then the merged reports",
      "workflow on a pull request that adds an overlay: spec-diff",
    ]);
    const size = /runtime-only install: (\d+) packages, ([\d.]+) MB/.exec(result.stdout);
    expect(Number(size?.[2])).toBeGreaterThan(0);
    expect(Number(size?.[2])).toBeLessThanOrEqual(5);
    console.info(result.stdout);
  }, 600_000);
});
