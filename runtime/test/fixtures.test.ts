// The runtime tests' generated clients must match their fixture specs, as generated/ must match
// specs/ (generator/test/generate-check.test.ts). Regenerate with `npm run generate:fixtures`.
import { describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { repoPath } from "../../test-support/repo.ts";

const FIXTURES = ["stripe", "openapi"];

describe("generated fixture clients", () => {
  it.each(FIXTURES)("fixtures/%s/generated matches its spec", async (fixture) => {
    const result = await runCli(["generate", "--check", "--force"], {
      cwd: repoPath(`runtime/test/fixtures/${fixture}`),
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^generated\/ matches its specs/);
    expect(result.code).toBe(0);
  });
});
