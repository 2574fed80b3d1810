// Write stage. Everything is written to a sibling temp folder first and swapped in at the end, so
// a failed run leaves the previous output exactly as it was.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

export type OutputFiles = ReadonlyMap<string, string>;

export interface StaleFile {
  path: string;
  reason: "changed" | "missing" | "not generated";
}

export function writeOutput(outDir: string, files: OutputFiles, beforeSwap: () => void = () => {}): void {
  const temp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      const target = join(temp, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    beforeSwap();
    const hadOutput = existsSync(outDir);
    if (hadOutput) renameSync(outDir, old);
    renameSync(temp, outDir);
    if (hadOutput) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The files whose content on disk differs from what would be written; nothing is written. */
export function findStaleFiles(outDir: string, files: OutputFiles): StaleFile[] {
  const stale: StaleFile[] = [];
  for (const [path, content] of files) {
    const target = join(outDir, path);
    if (!existsSync(target)) stale.push({ path, reason: "missing" });
    else if (readFileSync(target, "utf8") !== content) stale.push({ path, reason: "changed" });
  }
  for (const path of listFiles(outDir)) if (!files.has(path)) stale.push({ path, reason: "not generated" });
  return stale;
}

export function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}
