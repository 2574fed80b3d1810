// No file a commit could carry may hold a usable credential. Recordings are scrubbed by the
// recorder, but `stripe-events-contract record --out <dir>` can write cassettes anywhere in the repository and
// files get edited by hand, so the backstop scans every tracked file and every untracked one git
// does not ignore, not only contract-tests/.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findSecrets } from "../contract/secrets.ts";
import { committableFiles, repoPath } from "../test-support/repo.ts";

const files = committableFiles();

describe("secrets in the repository", () => {
  it("scans every file a commit could carry: cassettes, sources, specs, docs", () => {
    expect(files.filter((file) => file.startsWith("contract-tests/recordings/")).length).toBeGreaterThanOrEqual(10);
    expect(files).toEqual(
      expect.arrayContaining([
        "contract-tests/secrets.test.ts",
        "cli/record.ts",
        "specs/stripe-events-api-openapi.yml",
        "README.md",
      ]),
    );
    expect(files.filter((file) => /^(node_modules|\.cache|dist)\//.test(file))).toEqual([]);
  });

  it("no file holds a secret-like string", () => {
    const findings = files.flatMap((file) =>
      findSecrets(readFileSync(repoPath(file), "utf8")).map((finding) => `${file}:${finding.line} ${finding.preview}`),
    );
    expect(findings).toEqual([]);
  });
});
