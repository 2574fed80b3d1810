// Where this checkout is, and the paths tests name again and again. Every test and test helper
// finds the repository here instead of counting "../" from its own folder.
import { execFileSync } from "node:child_process";
import { lstatSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, without a trailing slash. */
export const REPO_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

export function repoPath(...segments: string[]): string {
  return join(REPO_ROOT, ...segments);
}

/** The specs the project generates from (stripe-events-contract.config.json names the same files). */
export const SPEC_FILES = {
  v1: repoPath("specs/stripe-events-api-openapi.yml"),
  v1Overlay: repoPath("specs/stripe-events-api.overlay.yml"),
  v2: repoPath("specs/stripe-v2-core-events-openapi.yml"),
  eventJsonSchema: repoPath("specs/stripe-event.json"),
} as const;

/** The folder of the contract suite's cassettes; `npm run record` writes below it by default. */
export const RECORDINGS_DIR = repoPath("contract-tests/recordings");

/**
 * Every file a commit could carry, relative to the root: tracked files plus untracked ones git
 * does not ignore. Only regular files (a symlinked node_modules is not one).
 */
export function committableFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set(listed.split("\0").filter((file) => file !== ""))].filter((file) => {
    try {
      return lstatSync(repoPath(file)).isFile();
    } catch {
      return false; // deleted in the working tree but still in the index
    }
  });
}
