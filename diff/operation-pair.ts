// What the operation-level comparisons share: the pair of operations being compared, pairing two
// lists by key, and checks on a matched pair written as data (when, how severe, which rule, why).
import type { OperationModel } from "../generator/model/api-model.ts";
import type { Severity } from "./change.ts";
import type { DiffContext } from "./diff-context.ts";
import type { Located } from "./located-schema.ts";

export interface OperationPair {
  readonly context: DiffContext;
  readonly old: OperationModel;
  readonly newer: OperationModel;
  readonly oldAt: Located;
  readonly newAt: Located;
  /** "GET /v1/events/{id}", as the old spec writes it. */
  readonly label: string;
}

export interface Pairing<T> {
  readonly removed: (old: T) => void;
  readonly matched: (old: T, newer: T) => void;
  readonly added: (newer: T) => void;
}

/** Pairs two lists by key: each old item is removed or matched (in old order), then each new one with no old twin is added. */
export function pairUp<T>(
  oldItems: readonly T[],
  newItems: readonly T[],
  key: (item: T) => string,
  on: Pairing<T>,
): void {
  const newByKey = new Map(newItems.map((item) => [key(item), item]));
  const oldKeys = new Set(oldItems.map(key));
  for (const old of oldItems) {
    const newer = newByKey.get(key(old));
    if (newer === undefined) on.removed(old);
    else on.matched(old, newer);
  }
  for (const newer of newItems) if (!oldKeys.has(key(newer))) on.added(newer);
}

/** One rule checked on a matched pair. */
export interface PairCheck<T> {
  readonly severity: Severity;
  readonly rule: string;
  readonly applies: (old: T, newer: T) => boolean;
  readonly reason: (old: T, newer: T) => string;
  /** Appended to the old / new pointer when the change sits in one member, e.g. "/operationId". */
  readonly oldMember?: string;
  readonly newMember?: string;
}

export interface PairPlace {
  readonly location: string;
  readonly oldPointer: string;
  readonly newPointer: string;
}

export function runPairChecks<T>(
  context: DiffContext,
  checks: readonly PairCheck<T>[],
  old: T,
  newer: T,
  place: PairPlace,
): void {
  for (const check of checks) {
    if (!check.applies(old, newer)) continue;
    context.report({
      severity: check.severity,
      rule: check.rule,
      location: place.location,
      oldPointer: place.oldPointer + (check.oldMember ?? ""),
      newPointer: place.newPointer + (check.newMember ?? ""),
      reason: check.reason(old, newer),
    });
  }
}
