import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "../../../write/write-output.ts";

/** Every generated source file under `root`, as path (relative to root) → text. */
export function readGeneratedSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const path of listFiles(root))
    if (/\.(ts|js)$/.test(path)) sources.set(path, readFileSync(join(root, path), "utf8"));
  return sources;
}
