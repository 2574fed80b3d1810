// Transition shim for output-safety and failure-injection (their owners are changing them now):
// temp folders live in test-support/temp-folder.ts. Delete this file once they import from there.
import { rmSync } from "node:fs";
import { tempFolder } from "../../../../test-support/temp-folder.ts";

export function makeTempDir(label: string): string {
  return tempFolder(`hostile-${label}`, { insideRepo: true }).path;
}

export function removeTempDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
