// State of one diff run: both documents, the changes found so far, and the schema pairs already
// compared. Specs have circular refs, and a shared component is compared once; but a consumer meets
// its changes everywhere it is used, so each later place that reaches a compared pair is recorded on
// that pair's changes (`alsoAt`), as seen from there ("GET /v1/events/{id} → 200 body $.account").
import type { SpecModel } from "../generator/model/api-model.ts";
import type { Change } from "./change.ts";
import type { Located } from "./located-schema.ts";
import type { Dialects } from "./schema-facets.ts";

/** What the diff reads of each side's spec: the document, and the dialect its schemas are written in. */
export type DiffDocument = Pick<SpecModel, "document" | "version">;

interface Frame {
  readonly key: string;
  readonly location: string;
}

/** A change reached from a pair, and its location relative to where the pair was compared. */
interface Reached {
  readonly change: Change;
  readonly suffix: string;
}

export class DiffContext {
  readonly oldDocument: unknown;
  readonly newDocument: unknown;
  readonly dialects: Dialects;
  readonly #changes: Change[] = [];
  readonly #reached = new Map<string, Reached[]>();
  readonly #stack: Frame[] = [];
  readonly #alsoAt = new Map<Change, Set<string>>();

  constructor(old: DiffDocument, newer: DiffDocument) {
    this.oldDocument = old.document;
    this.newDocument = newer.document;
    this.dialects = { old: old.version, newer: newer.version };
  }

  /**
   * Compares a pair of (resolved) schemas the first time it is met, at `location`; a later meeting
   * adds that place to every change found under the pair instead. A pair met again inside itself (a
   * circular schema) adds nothing: its changes are already reported from there.
   */
  visitPair(old: Located, newer: Located, location: string, compare: () => void): void {
    const key = `${old.pointer}\u0000${newer.pointer}`;
    const reached = this.#reached.get(key);
    if (reached !== undefined) {
      if (!this.#stack.some((frame) => frame.key === key)) this.#reachAgain(reached, location);
      return;
    }
    this.#reached.set(key, []);
    this.#stack.push({ key, location });
    try {
      compare();
    } finally {
      this.#stack.pop();
    }
  }

  report(change: Change): void {
    this.#changes.push(change);
    this.#recordOnStack(change, change.location);
  }

  /** Every change, each with the other places that reach it. */
  changes(): Change[] {
    return this.#changes.map((change) => {
      const also = [...(this.#alsoAt.get(change) ?? [])].filter((location) => location !== change.location);
      return also.length === 0 ? change : { ...change, alsoAt: also };
    });
  }

  #reachAgain(reached: readonly Reached[], location: string): void {
    for (const { change, suffix } of reached) {
      const at = location + suffix;
      const places = this.#alsoAt.get(change) ?? new Set<string>();
      places.add(at);
      this.#alsoAt.set(change, places);
      this.#recordOnStack(change, at);
    }
  }

  #recordOnStack(change: Change, location: string): void {
    for (const frame of this.#stack) {
      const suffix = location.startsWith(frame.location) ? location.slice(frame.location.length) : "";
      this.#reached.get(frame.key)?.push({ change, suffix });
    }
  }
}
