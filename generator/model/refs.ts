// Local $ref following, the one implementation: the model (parameters, bodies, responses, ref
// loops, pagination), the emitters (inlined refs), diff and the contract checks all read refs here.
// A $ref is a URI fragment, so its tokens are percent-decoded (core/json-pointer.ts refTokens) and
// looked up as own properties only, so "#/constructor" never reaches Object.prototype.
import { lookupTokens, refTokens, toPointer } from "../../core/json-pointer.ts";

/** A value and the JSON pointer it lives at ("" is the document root). */
export interface Located {
  readonly pointer: string;
  /** undefined when nothing is at the pointer. */
  readonly value: unknown;
}

/** Where a chain of $refs ended, and why it stopped there. */
export interface RefChain extends Located {
  /** Each $ref followed, as written, in order. */
  readonly refs: readonly string[];
  /**
   * "target": the value is not a $ref. "cycle": the value's $ref leads back into the chain.
   * "missing": the last $ref points at nothing (value undefined). "external": the value's $ref
   * names another document, which is not read here (bundling made every $ref local).
   */
  readonly end: "target" | "cycle" | "missing" | "external";
}

/** The $ref of a Reference Object, or undefined for any other value. */
export function refOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === "string" ? ref : undefined;
}

/** The JSON pointer a local $ref names: "#/a%20b/c~1d" → "/a b/c~1d". */
export function refPointer(ref: string): string {
  return toPointer(refTokens(ref));
}

/** The value a local $ref ("#/a/b") names, without following it further; undefined when missing. */
export function lookupRef(document: unknown, ref: string): unknown {
  const lookup = lookupTokens(document, refTokens(ref));
  return lookup.found ? lookup.value : undefined;
}

/**
 * Follows $ref after $ref from `start` until a value that is not a local $ref, with a cycle guard
 * (refs that spell the same pointer differently count as the same).
 */
export function followRefs(document: unknown, start: Located): RefChain {
  const refs: string[] = [];
  const visited = new Set<string>();
  let current = start;
  for (let ref = refOf(current.value); ref !== undefined; ref = refOf(current.value)) {
    if (!ref.startsWith("#")) return { ...current, refs, end: "external" };
    const tokens = refTokens(ref);
    const pointer = toPointer(tokens);
    if (visited.has(pointer)) return { ...current, refs, end: "cycle" };
    visited.add(pointer);
    refs.push(ref);
    const lookup = lookupTokens(document, tokens);
    if (!lookup.found) return { pointer, value: undefined, refs, end: "missing" };
    current = { pointer, value: lookup.value };
  }
  return { ...current, refs, end: "target" };
}

/** What a value stands for once its $refs are followed: itself when it is no $ref. */
export function derefValue(document: unknown, value: unknown): unknown {
  return followRefs(document, { pointer: "", value }).value;
}
