// Nothing under contract-tests/ may hold a usable credential: recordings are scrubbed by the
// recorder, and this test is the backstop for hand-edited files.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findSecrets } from "../contract/secrets.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIR = join(ROOT, "contract-tests");
const files = readdirSync(DIR, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));

describe("secrets in contract-tests/", () => {
  it("scans the cassettes and the suite's own files", () => {
    expect(files.some((file) => file.startsWith("contract-tests/recordings/"))).toBe(true);
    expect(files).toContain("contract-tests/secrets.test.ts");
  });

  it.each(files.map((file) => ({ file })))("$file holds no secret-like string", ({ file }) => {
    const findings = findSecrets(readFileSync(join(ROOT, file), "utf8")).map(
      (finding) => `${file}:${finding.line} ${finding.preview}`,
    );
    expect(findings).toEqual([]);
  });
});
