// The incremental-regeneration cache of one output folder, in the cache folder of the config
// ("cacheDir"; the CLI's default is node_modules/.cache/stripe-events-contract), outside the output
// (users commit generated/): the last run's code of each validator entry, by content key
// (emit/validators/entry-key.ts). A run reads it and compiles only what it lacks; then it appends
// what it compiled, or, once the entries its output no longer holds would exceed a quarter of
// those it does, replaces it with its own output's entries, so it stays within 1.25 outputs' size.
// (Rewriting all of Stripe's 7 MB after a one-component edit cost the worker 60–90 ms of CPU.)
// It is only a cache (cache-file.ts): the output is byte-identical with or without it.
import type { EntryCode } from "../emit/validators/compile-entry.ts";
import { appendCacheFile, type CacheUse, readCacheFile, writeCacheFile } from "./cache-file.ts";

const VALIDATORS = { format: "stripe-events-contract validator cache 3" };

/** The share of stale entries (read, but not in this run's output) past which the file is rewritten. */
const STALE_SHARE = 0.25;

export type EntryCodes = ReadonlyMap<string, EntryCode>;

/** The options compileValidators takes from a cache use. */
export function compileCacheOptions(use: CacheUse | undefined): { cache?: EntryCodes; salt?: string } {
  if (!use) return {};
  return { cache: use.read ? readValidatorCache(use.file) : undefined, salt: use.salt };
}

export function readValidatorCache(file: string): EntryCodes {
  return readCacheFile(file, VALIDATORS, isEntryCode);
}

/** The run's entries into the file; `read` is what the run read from it (nothing read: the file is rewritten). */
export function writeValidatorCache(file: string, entries: EntryCodes, read?: EntryCodes): void {
  if (read !== undefined && read.size > 0 && staleCount(read, entries) <= entries.size * STALE_SHARE)
    appendCacheFile(
      file,
      [...entries].filter(([key]) => !read.has(key)),
    );
  else writeCacheFile(file, VALIDATORS, entries);
}

/** How many of the entries read this run's output no longer holds. */
function staleCount(read: EntryCodes, entries: EntryCodes): number {
  let stale = 0;
  for (const key of read.keys()) if (!entries.has(key)) stale += 1;
  return stale;
}

function isEntryCode(value: unknown): value is EntryCode {
  const entry = value as Partial<EntryCode> | null;
  return (
    typeof entry?.code === "string" &&
    Array.isArray(entry.modules) &&
    entry.modules.every((module) => typeof module === "string")
  );
}
