// The content key of one validator entry: everything its compiled code depends on, hashed. That is
// the schema itself, the schemas it $refs that are compiled into it (any target that is not another
// entry), and the export name of each entry it calls. Two runs that give an entry the same key get
// the same code from compile-entry.ts, so the key is what validator-cache.ts files the code under.
import { createHash } from "node:crypto";
import { lookupTokens, refTokens } from "../../../core/json-pointer.ts";
import { refStrings } from "./ref-targets.ts";

export interface EntryKeyInput {
  /** What the whole run's code depends on: generator, ajv, options (see compile-validators.ts). */
  readonly salt: string;
  readonly exportName: string;
  /** Where the entry is in its document (a JSON pointer). The document's URL is left out: it names the spec's file. */
  readonly pointer: string;
  /** The schema ajv compiles for the entry (a component that is only a $ref: its target). */
  readonly schema: unknown;
  /** The validator document the entry's local $refs point into. */
  readonly document: unknown;
  /** Local $ref ("#/…") → export name, for the $refs that reach another entry. */
  readonly entryRefs: (ref: string) => string | undefined;
}

// Keywords that move the base URI or resolve at run time: a key of $refs alone would not cover them.
const SCOPE_KEYWORDS = ['"$id":', '"$anchor":', '"$dynamicAnchor":', '"$dynamicRef":', '"$recursiveRef":'];

/** undefined when the entry cannot be keyed (it moves its base URI, or $refs outside the document): compiled every run. */
export function entryKey(input: EntryKeyInput): string | undefined {
  const hash = createHash("sha256").update(`${input.salt}\0${input.exportName}\0${input.pointer}\0`);
  const pending: unknown[] = [input.schema];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const value = pending.pop();
    const json = JSON.stringify(value) ?? "undefined";
    if (SCOPE_KEYWORDS.some((keyword) => json.includes(keyword))) return undefined;
    hash.update(`${json}\0`);
    for (const ref of refStrings(value)) {
      if (seen.has(ref)) continue;
      seen.add(ref);
      const target = refTarget(input, ref);
      if (target === NOT_LOCAL) return undefined;
      hash.update(`${ref}\0${target.entry ?? (target.found ? "inline" : "missing")}\0`);
      if (target.entry === undefined && target.found) pending.push(target.value);
    }
  }
  return hash.digest("hex");
}

const NOT_LOCAL = Symbol("not local");

function refTarget(input: EntryKeyInput, ref: string) {
  if (!ref.startsWith("#")) return NOT_LOCAL;
  const entry = input.entryRefs(ref);
  if (entry !== undefined) return { entry, found: true, value: undefined };
  return { entry: undefined, ...lookupTokens(input.document, refTokens(ref)) };
}
