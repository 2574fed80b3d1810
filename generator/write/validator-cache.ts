// The incremental-regeneration cache: the last run's code of each validator entry, by content key
// (emit/validators/entry-key.ts). A run reads it, compiles only the entries whose key it lacks,
// and replaces it with the entries of its own output, so it never grows past one output's size.
// It lives outside the output (users commit generated/), in the cache folder of the config
// ("cacheDir"; the CLI's default is node_modules/.cache/stripe-events-contract), one file per
// output folder. It is only a cache: a file that is missing, unreadable or of another format is
// ignored, a failed write is skipped, and the output is byte-identical with or without it.
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { join, resolve } from "node:path";
import type { EntryCode } from "../emit/validators/compile-entry.ts";
import { sha256 } from "./fingerprint.ts";

const FORMAT = "stripe-events-contract validator cache 2";
/** Output folders whose cache is kept per cache folder (tests generate into many temporary ones). */
const KEPT_FILES = 16;

export type EntryCodes = ReadonlyMap<string, EntryCode>;

/** How one run uses the cache: its file, whether to read it (not with --force) and write it (not with --check), and the salt of every key. */
export interface EntryCacheUse {
  readonly file: string;
  readonly read: boolean;
  readonly write: boolean;
  /** What every entry's code depends on besides its schemas: the generator's version and source. */
  readonly salt: string;
}

/** The options compileValidators takes from a cache use. */
export function compileCacheOptions(use: EntryCacheUse | undefined): { cache?: EntryCodes; salt?: string } {
  if (!use) return {};
  return { cache: use.read ? readValidatorCache(use.file) : undefined, salt: use.salt };
}

/** The cache file of one output folder. */
export function validatorCacheFile(cacheDir: string, out: string): string {
  return join(cacheDir, `validators-${sha256(resolve(out)).slice(0, 16)}.json`);
}

/** The cache file's entries; empty when it is missing, unreadable, truncated or of another format. */
export function readValidatorCache(file: string): EntryCodes {
  try {
    const text = readFileSync(file, "utf8");
    let start = text.indexOf("\n") + 1;
    if (start === 0 || JSON.parse(text.slice(0, start)).format !== FORMAT) return new Map();
    const entries = new Map<string, EntryCode>();
    for (let end = text.indexOf("\n", start); end !== -1; start = end + 1, end = text.indexOf("\n", start)) {
      const entry: unknown = JSON.parse(text.slice(start, end));
      if (!isEntry(entry)) return new Map();
      entries.set(entry[0], { code: entry[1], modules: entry[2] });
    }
    return start === text.length ? entries : new Map();
  } catch {
    return new Map();
  }
}

/**
 * One line per entry (NDJSON after a header line), written entry by entry: the cache of a large spec
 * is tens of MB, and building it as one string would add that much to the run's peak memory.
 */
export function writeValidatorCache(file: string, entries: EntryCodes): void {
  const folder = join(file, "..");
  const temp = `${file}.tmp-${process.pid}`;
  try {
    mkdirSync(folder, { recursive: true });
    const descriptor = openSync(temp, "w");
    try {
      writeSync(descriptor, `${JSON.stringify({ format: FORMAT })}\n`);
      for (const [key, { code, modules }] of entries)
        writeSync(descriptor, `${JSON.stringify([key, code, modules])}\n`);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temp, file);
    pruneOldest(folder);
  } catch {
    removeQuietly(temp);
  }
}

/** A cache that cannot be written only costs the next run its reuse; so does a temp file left behind. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // e.g. ENOTDIR: the cache folder's place holds a file, so the temp file was never created
  }
}

function isEntry(value: unknown): value is [string, string, string[]] {
  return (
    Array.isArray(value) &&
    typeof value[0] === "string" &&
    typeof value[1] === "string" &&
    Array.isArray(value[2]) &&
    value[2].every((module) => typeof module === "string")
  );
}

function pruneOldest(folder: string): void {
  const files = readdirSync(folder)
    .filter((name) => /^validators-[0-9a-f]{16}\.json$/.test(name))
    .map((name) => ({ path: join(folder, name), modified: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified);
  for (const { path } of files.slice(KEPT_FILES)) rmSync(path, { force: true });
}
