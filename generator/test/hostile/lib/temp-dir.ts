// Temp folders live under the repo's gitignored .cache/, so tsc run on generated output there
// resolves node_modules (ajv, @types/node) from the repo.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./run-cli.ts";

export function makeTempDir(label: string): string {
  const parent = join(REPO_ROOT, ".cache");
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `hostile-${label}-`));
}

export function removeTempDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
