// The entries of validator documents, found without ajv's addSchema, for a run whose validators come
// mostly from the cache. addSchema validates and walks the whole document (0.1–0.15 s on Stripe's
// spec) and resolving each entry through ajv parses its URL (another 0.1 s); a run that compiles one
// edited entry needs neither. The plan mirrors what ajv's resolveSchema does with our documents (an
// entry that is only a $ref compiles its target, and shares its function with any entry of that
// target), and `partialDocuments` keeps of each document only what compiling some entries reads.
// Wherever the mirror would need more than plain local pointers (an `$id` below the root, a %-escape,
// a $ref to the root, a chain of $refs that loops), it gives up and the caller uses ajv throughout.
import { normalizeId } from "ajv/dist/compile/resolve.js";
import { schemaHasRulesButRef } from "ajv/dist/compile/util.js";
import { lookupTokens, pointerTokens, refTokens, toPointer } from "../../../core/json-pointer.ts";
import type { ValidatorDocument } from "./compile-validators.ts";
import type { UrlResolver } from "./local-urls.ts";
import { place, refStrings } from "./ref-targets.ts";

type Rules = Parameters<typeof schemaHasRulesButRef>[1];

/** An entry as exportRefs names it: its export, its URL, where it is in which document. */
export interface EntryRef {
  readonly exportName: string;
  /** The URL of the entry's schema, as ajv resolves a $ref to it. */
  readonly url: string;
  readonly pointer: string;
  readonly document: ValidatorDocument;
}

export interface PlannedUnit {
  readonly ref: EntryRef;
  /** The schema ajv compiles for the entry: its own, or the target of the $ref it only is. */
  readonly schema: unknown;
  /** The base URI of the entry's $refs (its document's). */
  readonly baseId: string;
  /** The places read to find `schema`, as pointer tokens: the entry's own, then each $ref's target. */
  readonly places: readonly (readonly string[])[];
}

export interface EntryPlan {
  /** One per function, in entry order. */
  readonly units: readonly PlannedUnit[];
  /** Export name → the earlier export whose function it shares. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Each entry's URL → the export that validates it: what a $ref to that URL calls. */
  readonly exportOfUrl: ReadonlyMap<string, string>;
}

const GIVE_UP = Symbol("give up");

/**
 * A local $ref whose tokens ajv reads as refTokens does: any URI normalising of it is undone by the
 * percent-decoding of both, except of a "%" written in it (a malformed escape reads differently).
 */
const LOCAL_POINTER = /^#\/[^%#]+$/;

export function planEntries(refs: readonly EntryRef[], rules: Rules): EntryPlan | undefined {
  const bySchema = new Map<unknown, PlannedUnit>();
  const units: PlannedUnit[] = [];
  const aliases = new Map<string, string>();
  const exportOfUrl = new Map<string, string>();
  for (const ref of refs) {
    const { id, document } = ref.document;
    if (document.$id !== id || ref.pointer === "") return undefined;
    const places: (readonly string[])[] = [];
    const schema = resolveInDocument(document, pointerTokens(ref.pointer), rules, places);
    if (schema === GIVE_UP) return undefined;
    const known = bySchema.get(schema);
    if (known && known.ref.document === ref.document) {
      aliases.set(ref.exportName, known.ref.exportName);
      exportOfUrl.set(ref.url, known.ref.exportName);
      continue;
    }
    const unit = { ref, schema, baseId: normalizeId(id), places };
    bySchema.set(schema, unit);
    units.push(unit);
    exportOfUrl.set(ref.url, ref.exportName);
  }
  return { units, aliases, exportOfUrl };
}

/** The pointer as the URI fragment exportRefs gives it. */
export function fragmentOf(pointer: string): string {
  return `#${pointer.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * The schema at `tokens` as ajv's getJsonPointer finds it: a value that is only a $ref (no other
 * keyword ajv has a rule for) stands for its target. Each place read is added to `places`.
 */
function resolveInDocument(
  root: object,
  tokens: readonly string[],
  rules: Rules,
  places: (readonly string[])[],
): unknown {
  // Its own walk, not lookupTokens: every value on the way is asked for an `$id`, which moves the base.
  let schema: unknown = root;
  for (const token of tokens) {
    if (typeof schema !== "object" || schema === null || !Object.hasOwn(schema, token)) return GIVE_UP;
    schema = (schema as Record<string, unknown>)[token];
    if (typeof schema === "object" && schema !== null && (schema as { $id?: unknown }).$id) return GIVE_UP;
  }
  places.push(tokens);
  if (typeof schema === "boolean") return schema;
  if (typeof schema !== "object" || schema === null || schema === root) return GIVE_UP;
  if (!readsAsItsRef(schema, rules)) return schema;
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref !== "string" || !LOCAL_POINTER.test(ref) || places.length > MAX_CHAIN) return GIVE_UP;
  return resolveInDocument(root, refTokens(ref), rules, places);
}

/** Whether ajv reads the schema as only its $ref: it has one, and no other keyword ajv has a rule for. */
export function readsAsItsRef(schema: unknown, rules: Rules): boolean {
  if (typeof schema !== "object" || schema === null) return false;
  return Boolean((schema as { $ref?: unknown }).$ref) && !schemaHasRulesButRef(schema, rules);
}

// A chain of $refs longer than this loops (ajv would recurse until its stack ends).
const MAX_CHAIN = 64;

/**
 * Each document the units are in, cut down to what compiling them reads: their places, and for
 * every $ref in what they compile that is no entry (an entry is a call of its export), the places
 * resolving it reads, and so on. undefined when that needs the whole document.
 */
export function partialDocuments(
  plan: EntryPlan,
  units: readonly PlannedUnit[],
  rules: Rules,
  resolveUrl: UrlResolver,
): ValidatorDocument[] | undefined {
  const needed = new Map<ValidatorDocument, (readonly string[])[]>();
  for (const unit of units) {
    const places = needed.get(unit.ref.document) ?? [];
    needed.set(unit.ref.document, places);
    if (!readPlaces(plan, unit, rules, resolveUrl, places)) return undefined;
  }
  return [...needed].map(([document, places]) => ({ ...document, document: documentOf(document, places) }));
}

/** Adds to `places` what compiling the unit reads; false when that cannot be told without ajv. */
function readPlaces(
  plan: EntryPlan,
  unit: PlannedUnit,
  rules: Rules,
  resolveUrl: UrlResolver,
  places: (readonly string[])[],
): boolean {
  const root = unit.ref.document.document;
  places.push(...unit.places);
  const pending = [unit.schema];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const value = pending.pop();
    if (seen.has(value)) continue;
    seen.add(value);
    for (const ref of refStrings(value)) {
      if (!LOCAL_POINTER.test(ref)) return false;
      if (plan.exportOfUrl.has(resolveUrl(unit.baseId, ref))) continue;
      const target = resolveInDocument(root, refTokens(ref), rules, places);
      if (target === GIVE_UP) return false;
      pending.push(target);
    }
  }
  return true;
}

/** A document holding the values at `places` of the original (the same objects) and its `$id`. */
function documentOf(original: ValidatorDocument, places: readonly (readonly string[])[]): Record<string, unknown> {
  const partial: Record<string, unknown> = { $id: original.document.$id };
  const placed = new Set<string>();
  // Shorter first, and nothing inside a value already placed: the original's objects are never written to.
  for (const tokens of [...places].sort((a, b) => a.length - b.length)) {
    if (tokens.some((_, length) => placed.has(toPointer(tokens.slice(0, length + 1))))) continue;
    const found = lookupTokens(original.document, tokens);
    // Every place was read by resolveInDocument, so it is there.
    if (found.found) place(partial, tokens, found.value);
    placed.add(toPointer(tokens));
  }
  return partial;
}
