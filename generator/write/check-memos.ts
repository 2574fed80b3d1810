// The OpenAPI check's memos (resolve/check-memo.ts) of one output folder's specs, by spec name, in
// the cache folder beside the validator cache. Only a cache (cache-file.ts): without it, or with a
// file of another generator (the salt: a memo is right only for the check that made it), every
// spec is checked whole, with the same verdict.
import { existsSync } from "node:fs";
import { isPlainObject } from "../../core/plain-object.ts";
import type { CheckMemo } from "../resolve/check-memo.ts";
import { type CacheUse, readCacheFile, writeCacheFile } from "./cache-file.ts";

export interface CheckMemos {
  /** The memo of the spec's last passed check. */
  remembered(spec: string): CheckMemo | undefined;
  /** Notes a passed check, for save to write. */
  remember(spec: string, memo: CheckMemo): void;
  /** Writes the memos when a check passed (never with --check). */
  save(): void;
}

/**
 * The memos of a run's specs; undefined, so that nothing is fingerprinted, when the run neither reads
 * nor writes them (no cache folder, or --check with --force) and on a first run into the output (no
 * file yet), which only leaves an empty file for the next: fingerprints cost a cold run 30–50 ms on
 * Stripe's spec and about 0.1 s on GitHub's, and pay off only when the output is generated again.
 */
export function checkMemos(use: CacheUse | undefined): CheckMemos | undefined {
  if (!use || (!use.read && !use.write)) return undefined;
  const header = { format: "stripe-events-contract check memos 1", salt: use.salt };
  if (!existsSync(use.file)) {
    if (use.write) writeCacheFile(use.file, header, []);
    return undefined;
  }
  const memos = use.read ? readCacheFile(use.file, header, isCheckMemo) : new Map<string, CheckMemo>();
  let changed = false;
  return {
    remembered: (spec) => memos.get(spec),
    remember: (spec, memo) => {
      memos.set(spec, memo);
      changed = true;
    },
    save: () => {
      if (use.write && changed) writeCacheFile(use.file, header, memos);
    },
  };
}

function isCheckMemo(value: unknown): value is CheckMemo {
  const memo = value as Partial<CheckMemo> | null;
  return (
    (memo?.version === "3.0" || memo?.version === "3.1") &&
    isPlainObject(memo.fingerprints) &&
    Object.values(memo.fingerprints).every((fingerprint) => typeof fingerprint === "string") &&
    (memo.refReads === undefined || isRefReads(memo.refReads))
  );
}

function isRefReads(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    Object.values(value).every((reads) => Array.isArray(reads) && reads.every((read) => typeof read === "string"))
  );
}
