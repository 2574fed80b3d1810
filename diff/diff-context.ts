// State of one diff run: both documents, the changes found so far, and the schema pairs already
// compared (specs have circular refs, and a shared component is reported once, not per use).
import type { Change } from "./change.ts";
import type { Located } from "./located-schema.ts";

export class DiffContext {
  readonly oldDocument: unknown;
  readonly newDocument: unknown;
  readonly changes: Change[] = [];
  readonly #visited = new Set<string>();

  constructor(oldDocument: unknown, newDocument: unknown) {
    this.oldDocument = oldDocument;
    this.newDocument = newDocument;
  }

  /** True the first time a pair of (resolved) schemas is seen; false on every later visit. */
  firstVisit(old: Located, newer: Located): boolean {
    const key = `${old.pointer}\u0000${newer.pointer}`;
    if (this.#visited.has(key)) return false;
    this.#visited.add(key);
    return true;
  }

  report(change: Change): void {
    this.changes.push(change);
  }
}
