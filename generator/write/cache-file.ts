// The incremental-regeneration caches' file format: a header line, then one JSON line per entry,
// [key, payload]; a key written again later wins. Written entry by entry (a large spec's cache is
// tens of MB; one string would add that much to the run's peak memory) to a temp file that is
// renamed into place, or appended to when a run only adds entries. A file that is missing,
// unreadable, truncated, of another header or with a malformed line reads as empty; a write that
// fails is skipped. Each kind keeps the files of its 16 most recent output folders.
import {
  appendFileSync,
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { sha256 } from "./fingerprint.ts";

/** Output folders whose cache is kept per kind and cache folder (tests generate into many temporary ones). */
const KEPT_FILES = 16;

export type CacheKind = "validators" | "record" | "checks";

/** How one run uses a cache: its file, whether to read it (not with --force) and write it (not with --check), and the salt of every entry. */
export interface CacheUse {
  readonly file: string;
  readonly read: boolean;
  readonly write: boolean;
  /** What every entry depends on besides its own content: the generator's version and source. */
  readonly salt: string;
}

/** The cache file of one kind for one output folder. */
export function cacheFile(cacheDir: string, out: string, kind: CacheKind): string {
  return join(cacheDir, `${kind}-${sha256(resolve(out)).slice(0, 16)}.json`);
}

export function readCacheFile<T>(
  file: string,
  header: object,
  isPayload: (value: unknown) => value is T,
): Map<string, T> {
  try {
    const text = readFileSync(file, "utf8");
    let start = text.indexOf("\n") + 1;
    if (start === 0 || !isDeepStrictEqual(JSON.parse(text.slice(0, start)), header)) return new Map();
    const entries = new Map<string, T>();
    for (let end = text.indexOf("\n", start); end !== -1; start = end + 1, end = text.indexOf("\n", start)) {
      const line: unknown = JSON.parse(text.slice(start, end));
      if (!Array.isArray(line) || typeof line[0] !== "string" || !isPayload(line[1])) return new Map();
      entries.set(line[0], line[1]);
    }
    return start === text.length ? entries : new Map();
  } catch {
    return new Map();
  }
}

export function writeCacheFile(file: string, header: object, entries: Iterable<[string, unknown]>): void {
  const folder = join(file, "..");
  const temp = `${file}.tmp-${process.pid}`;
  try {
    mkdirSync(folder, { recursive: true });
    const descriptor = openSync(temp, "w");
    try {
      writeSync(descriptor, `${JSON.stringify(header)}\n`);
      for (const entry of entries) writeSync(descriptor, `${JSON.stringify(entry)}\n`);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temp, file);
    pruneOldest(folder, /^(\w+)-[0-9a-f]{16}\.json$/.exec(file.slice(folder.length + 1))?.[1] ?? "");
  } catch {
    removeQuietly(temp);
  }
}

/**
 * Adds entries to a file that readCacheFile read whole (its header is the caller's), in one write;
 * with nothing to add, the file is only marked as used, so that pruning keeps it.
 */
export function appendCacheFile(file: string, entries: readonly [string, unknown][]): void {
  try {
    if (entries.length === 0) {
      const now = new Date();
      utimesSync(file, now, now);
      return;
    }
    appendFileSync(file, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(""));
  } catch {
    // As for a failed write: the next run reads what is there, or nothing.
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

function pruneOldest(folder: string, kind: string): void {
  const pattern = new RegExp(`^${kind}-[0-9a-f]{16}\\.json$`);
  const files = readdirSync(folder)
    .filter((name) => pattern.test(name))
    .map((name) => ({ path: join(folder, name), modified: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified);
  for (const { path } of files.slice(KEPT_FILES)) rmSync(path, { force: true });
}
