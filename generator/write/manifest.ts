// generated/manifest.json records what a run read and wrote (with hashes); it depends only on the
// inputs and the output, so it is committed like the rest of generated/. The regeneration cache
// lives outside the output (node_modules/.cache, like other build tools), keyed by a hash that
// also covers the generator's own code, so editing the generator never reuses a stale result.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { InputDigest } from "../emit/file-header.ts";
import type { OutputCounts } from "../emit/render-outputs.ts";
import type { Unmodelled } from "../model/unmodelled.ts";
import type { WarningGroup } from "../spec-error.ts";
import { sha256 } from "./fingerprint.ts";

export const MANIFEST_PATH = "manifest.json";

export interface Manifest {
  generator: string;
  inputs: InputDigest[];
  counts: OutputCounts;
  files: Record<string, string>;
}

/** What a run says besides its files; repeated by every run the cache answers, so a cached run is as honest as a fresh one. */
export interface RunNotes {
  readonly warnings: WarningGroup[];
  readonly unmodelled: Unmodelled[];
}

interface CacheRecord {
  cacheKey: string;
  files: Record<string, string>;
  notes?: RunNotes;
}

export function manifestFile(input: Omit<Manifest, "files"> & { files: ReadonlyMap<string, string> }): string {
  const manifest: Manifest = {
    generator: input.generator,
    inputs: input.inputs,
    counts: input.counts,
    files: hashes(input.files),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function readManifest(outDir: string): Manifest | undefined {
  return readJson<Manifest>(join(outDir, MANIFEST_PATH));
}

/** Whether an earlier run into `outDir` recorded the cache and left its manifest (isCacheFresh can only be true then). */
export function hasCacheRecord(outDir: string): boolean {
  return existsSync(join(outDir, MANIFEST_PATH)) && existsSync(cacheRecordPath(outDir));
}

export function isCacheFresh(outDir: string, cacheKey: string): boolean {
  const record = readJson<CacheRecord>(cacheRecordPath(outDir));
  if (record?.cacheKey !== cacheKey || !readManifest(outDir)) return false;
  return Object.entries(record.files).every(([path, hash]) => {
    const file = join(outDir, path);
    return existsSync(file) && sha256(readFileSync(file)) === hash;
  });
}

/** The notes of the run that recorded the cache. */
export function cachedNotes(outDir: string): RunNotes {
  return readJson<CacheRecord>(cacheRecordPath(outDir))?.notes ?? { warnings: [], unmodelled: [] };
}

export function recordCache(
  outDir: string,
  cacheKey: string,
  files: ReadonlyMap<string, string>,
  notes: RunNotes,
): void {
  const path = cacheRecordPath(outDir);
  try {
    mkdirSync(join(path, ".."), { recursive: true });
    // The manifest already holds every other file's hash; only the manifest itself is hashed here.
    const manifestText = files.get(MANIFEST_PATH) ?? "{}";
    const known = (JSON.parse(manifestText) as Partial<Manifest>).files ?? {};
    writeFileSync(
      path,
      JSON.stringify({
        cacheKey,
        files: { ...known, [MANIFEST_PATH]: sha256(manifestText) },
        notes,
      } satisfies CacheRecord),
    );
  } catch {
    // A cache that cannot be written only costs the next run its shortcut.
  }
}

function cacheRecordPath(outDir: string): string {
  return join(
    process.cwd(),
    "node_modules",
    ".cache",
    "stripe-events-contract",
    `${sha256(resolve(outDir)).slice(0, 16)}.json`,
  );
}

function hashes(files: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries([...files].map(([path, content]) => [path, sha256(content)]));
}

function readJson<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return undefined;
  }
}
