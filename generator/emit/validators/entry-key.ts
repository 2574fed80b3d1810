// The content key of one validator entry: everything its compiled code depends on, hashed. That is
// the schema itself, the schemas it $refs that are compiled into it (any target that is not another
// entry), and the export name of each entry it calls. Two runs that give an entry the same key get
// the same code from compile-entry.ts, so the key is what validator-cache.ts files the code under.
import { createHash } from "node:crypto";
import { lookupTokens, refTokens } from "../../../core/json-pointer.ts";
import type { EntryCode } from "./compile-entry.ts";
import type { UrlResolver } from "./local-urls.ts";
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
  /**
   * Whether ajv reads a schema as only its $ref (entry-plan.ts readsAsItsRef). Such a schema reached
   * through a $ref that is no entry stands for its target, which ajv then compiles into the entry
   * itself, even when that target is an entry: so the target's content is part of the key.
   */
  readonly readsAsItsRef: (schema: unknown) => boolean;
}

// Keywords that move the base URI or resolve at run time: a key of $refs alone would not cover them.
const SCOPE_KEYWORDS = ['"$id":', '"$anchor":', '"$dynamicAnchor":', '"$dynamicRef":', '"$recursiveRef":'];

/** A value to hash, and whether it was reached through a $ref that is no entry (compiled inline). */
interface Pending {
  readonly value: unknown;
  readonly inline: boolean;
}

/** undefined when the entry cannot be keyed (it moves its base URI, or $refs outside the document): compiled every run. */
export function entryKey(input: EntryKeyInput): string | undefined {
  const hash = createHash("sha256").update(`${input.salt}\0${input.exportName}\0${input.pointer}\0`);
  const pending: Pending[] = [{ value: input.schema, inline: false }];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const { value, inline } = pending.pop()!;
    const json = JSON.stringify(value) ?? "undefined";
    if (SCOPE_KEYWORDS.some((keyword) => json.includes(keyword))) return undefined;
    hash.update(`${json}\0`);
    // ajv reads a schema reached inline that is only a $ref as its target, entry or not.
    const alias = inline && input.readsAsItsRef(value);
    for (const ref of alias ? [(value as { $ref: unknown }).$ref] : refStrings(value)) {
      const seenAs = `${alias ? "alias" : "ref"}\0${String(ref)}`;
      if (seen.has(seenAs)) continue;
      seen.add(seenAs);
      const target = refTarget(input, ref, alias);
      if (target === NOT_LOCAL) return undefined;
      hash.update(`${String(ref)}\0${alias ? "alias" : (target.entry ?? (target.found ? "inline" : "missing"))}\0`);
      if (target.entry === undefined && target.found) pending.push({ value: target.value, inline: true });
    }
  }
  return hash.digest("hex");
}

const NOT_LOCAL = Symbol("not local");

/** The entry a local $ref calls, or the value it names; an alias's $ref names its value even when that is an entry. */
function refTarget(input: EntryKeyInput, ref: unknown, alias: boolean) {
  if (typeof ref !== "string" || !ref.startsWith("#")) return NOT_LOCAL;
  const entry = alias ? undefined : input.entryRefs(ref);
  if (entry !== undefined) return { entry, found: true, value: undefined };
  return { entry: undefined, ...lookupTokens(input.document, refTokens(ref)) };
}

/** What keying an entry needs besides the entry: the run's salt, the cache, the URL resolver. */
export interface KeyContext {
  readonly salt: string;
  readonly cache: ReadonlyMap<string, EntryCode> | undefined;
  readonly resolveUrl: UrlResolver;
}

/** Each unit's code in entry order, from the cache or compiled, and what the next run's cache keeps. */
export interface UnitCodes {
  readonly codes: readonly EntryCode[];
  /** Export name → the earlier export whose function it shares. */
  readonly aliases: ReadonlyMap<string, string>;
  readonly reusedCount: number;
  readonly entries: () => ReadonlyMap<string, EntryCode>;
}

/**
 * The code of each unit that has a key, under that key. The key leaves out the document's URL (it
 * names the spec's file): code that spells it is not kept.
 */
export function keyedEntries(
  units: readonly { readonly documentId: string; readonly key: () => string | undefined }[],
  codes: readonly EntryCode[],
): ReadonlyMap<string, EntryCode> {
  const keyed = new Map<string, EntryCode>();
  units.forEach((unit, index) => {
    const key = unit.key();
    if (key !== undefined && !codes[index]!.code.includes(unit.documentId)) keyed.set(key, codes[index]!);
  });
  return keyed;
}
