// generated/manifest.json records what a run read and wrote (with hashes); it depends only on the
// inputs and the output, so it is committed like the rest of generated/. The record of the last run
// lives outside the output, in the cache folder (config "cacheDir", node_modules/.cache by default,
// like other build tools), keyed by a hash that also covers the generator's own code, so editing
// the generator never reuses a stale result.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GenerateConfig } from "../config.ts";
import type { InputDigest } from "../emit/file-header.ts";
import type { OutputCounts } from "../emit/render-outputs.ts";
import type { Unmodelled } from "../model/unmodelled.ts";
import type { WarningGroup } from "../spec-error.ts";
import { cacheFile } from "./cache-file.ts";
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
  /** The inputs' sizes and times when they were read (load-inputs.ts inputStamps). */
  inputStamps?: Record<string, string>;
}

/** manifest.json's text; `files` is path → SHA-256 of every other output file (OutputFiles.digests). */
export function manifestFile(input: Manifest): string {
  const manifest: Manifest = {
    generator: input.generator,
    inputs: input.inputs,
    counts: input.counts,
    files: input.files,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function readManifest(outDir: string): Manifest | undefined {
  return readJson<Manifest>(join(outDir, MANIFEST_PATH));
}

/** The output folder, and the cache folder that keeps the record of the last run into it (none: no record). */
export type RecordPlace = Pick<GenerateConfig, "out" | "cacheDir">;

/** Whether an earlier run into the output folder recorded the cache and left its manifest (isCacheFresh can only be true then). */
export function hasCacheRecord(place: RecordPlace): boolean {
  const record = cacheRecordPath(place);
  return record !== undefined && existsSync(join(place.out, MANIFEST_PATH)) && existsSync(record);
}

/**
 * Whether the record may answer a run whose inputs have these stamps: the record exists and its
 * inputs had the same sizes and times. A guess that decides only what is done first (reading and
 * hashing the inputs, or starting the run's threads); isCacheFresh decides whether it answers.
 */
export function recordMayAnswer(place: RecordPlace, inputStamps: Readonly<Record<string, string>>): boolean {
  if (!hasCacheRecord(place)) return false;
  const recorded = readJson<CacheRecord>(cacheRecordPath(place))?.inputStamps;
  return recorded !== undefined && JSON.stringify(recorded) === JSON.stringify(inputStamps);
}

export function isCacheFresh(place: RecordPlace, cacheKey: string): boolean {
  const outDir = place.out;
  const record = readJson<CacheRecord>(cacheRecordPath(place));
  if (record?.cacheKey !== cacheKey || !readManifest(outDir)) return false;
  return Object.entries(record.files).every(([path, hash]) => {
    const file = join(outDir, path);
    return existsSync(file) && sha256(readFileSync(file)) === hash;
  });
}

/** The notes of the run that recorded the cache. */
export function cachedNotes(place: RecordPlace): RunNotes {
  return readJson<CacheRecord>(cacheRecordPath(place))?.notes ?? { warnings: [], unmodelled: [] };
}

/**
 * Records the run for the next one to compare with: `files` is what manifest.json lists (path →
 * SHA-256 of every other output file), and `manifestText` the manifest itself.
 */
export function recordCache(
  place: RecordPlace,
  { cacheKey, inputStamps }: Pick<CacheRecord, "cacheKey" | "inputStamps">,
  { files, manifestText }: { readonly files: Readonly<Record<string, string>>; readonly manifestText: string },
  notes: RunNotes,
): void {
  const path = cacheRecordPath(place);
  if (path === undefined) return;
  try {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(
      path,
      JSON.stringify({
        cacheKey,
        files: { ...files, [MANIFEST_PATH]: sha256(manifestText) },
        notes,
        inputStamps,
      } satisfies CacheRecord),
    );
  } catch {
    // A cache that cannot be written only costs the next run its shortcut.
  }
}

/** In the cache folder beside the validator cache, so that `cacheDir` names every cache and `false` turns both off. */
function cacheRecordPath({ out, cacheDir }: RecordPlace): string | undefined {
  return cacheDir === undefined ? undefined : cacheFile(cacheDir, out, "record");
}

function readJson<T>(path: string | undefined): T | undefined {
  if (path === undefined || !existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return undefined;
  }
}
