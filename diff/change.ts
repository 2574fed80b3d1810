// What the diff reports: one Change per difference, classified from the point of view of code
// that reads responses and sends requests. Rules are stable ids so CI filters and tests can
// match on them without parsing the prose reason.
import { countBy } from "../core/count-by.ts";

export type Severity = "breaking" | "warning" | "safe";

export const SEVERITIES: readonly Severity[] = ["breaking", "warning", "safe"];

export interface Change {
  readonly severity: Severity;
  /** Stable id, e.g. "response-property-removed". */
  readonly rule: string;
  /** Where a consumer meets the change, e.g. "GET /v1/events/{id} → 200 body .data". */
  readonly location: string;
  /** JSON pointer into the old spec (the closest existing parent when the thing is new). */
  readonly oldPointer: string;
  /** JSON pointer into the new spec (the closest existing parent when the thing was removed). */
  readonly newPointer: string;
  /** One line, in words. */
  readonly reason: string;
  /** Every other place a consumer meets the same change: each operation and webhook that reaches a shared schema. */
  readonly alsoAt?: readonly string[];
}

export type DiffSummary = Readonly<Record<Severity, number>>;

export function summarize(changes: readonly Change[]): DiffSummary {
  return countBy(changes, (change) => change.severity, SEVERITIES);
}

/** Breaking first, then warnings, then safe; within a class in old-spec order of pointers. */
export function sortChanges(changes: readonly Change[]): Change[] {
  const rank = (change: Change) => SEVERITIES.indexOf(change.severity);
  return [...changes].sort(
    (a, b) => rank(a) - rank(b) || a.oldPointer.localeCompare(b.oldPointer) || a.rule.localeCompare(b.rule),
  );
}

/** --fail-on: exit 1 when a change at or above the threshold exists. */
export function exceedsThreshold(changes: readonly Change[], failOn: "breaking" | "warning" | undefined): boolean {
  if (failOn === undefined) return false;
  const allowed = failOn === "breaking" ? ["breaking"] : ["breaking", "warning"];
  return changes.some((change) => allowed.includes(change.severity));
}
