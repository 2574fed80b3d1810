// Transition shim: these names are what bad-input, generate-check, operations-data, oracle-check,
// supplied-specs, validator-job and validators.test.ts import (their owners are changing those
// files now). Each is a thin adapter over test-support/; delete this file once they import from
// test-support directly.
import { runCliSync } from "../../test-support/cli.ts";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { specWithSchemas as builtSpec } from "../../test-support/specs.ts";
import { type FileContent, tempFolder } from "../../test-support/temp-folder.ts";

export const REPO = REPO_ROOT;
export const runCli = runCliSync;

export function tempDir(prefix = "sec-test-"): string {
  return tempFolder(prefix.replace(/^sec-/, "").replace(/-$/, "")).path;
}

export function writeTree(files: Record<string, FileContent>): string {
  const folder = tempFolder("test");
  folder.writeAll(files);
  return folder.path;
}

/** The old signature: always with the listThings operation. */
export function specWithSchemas(schemas: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return builtSpec(schemas, { listOperation: true, extra });
}
