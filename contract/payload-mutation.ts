// Negative cases start from a valid payload and break it in one place: replace a value, add a
// member or remove one, at a JSON pointer. This is the one way tests and the contract suite
// describe and apply such a change. The target is checked, so a mistyped pointer fails loudly
// instead of producing a "mutation" that changes nothing.
import { lookupTokens, pointerTokens } from "../core/json-pointer.ts";

export type PayloadChange =
  | { readonly kind: "replace"; readonly value: unknown }
  | { readonly kind: "add"; readonly value: unknown }
  | { readonly kind: "remove" };

export interface PayloadMutation {
  /** JSON pointer of the member that changes. */
  readonly pointer: string;
  readonly change: PayloadChange;
}

/** Replaces the value of an existing member. */
export function setAt(pointer: string, value: unknown): PayloadMutation {
  return { pointer, change: { kind: "replace", value } };
}

/** Adds a member that is not there yet. */
export function addAt(pointer: string, value: unknown): PayloadMutation {
  return { pointer, change: { kind: "add", value } };
}

/** Removes an existing member (an array element is spliced out). */
export function removeAt(pointer: string): PayloadMutation {
  return { pointer, change: { kind: "remove" } };
}

/** A deep copy of `document` with the mutation applied; the document itself is left alone. */
export function applyMutation<T>(document: T, mutation: PayloadMutation): T {
  const tokens = pointerTokens(mutation.pointer);
  const key = tokens.at(-1);
  if (key === undefined) throw new Error("A payload mutation needs a non-root pointer");
  const copy = structuredClone(document);
  const parent = lookupTokens(copy, tokens.slice(0, -1));
  if (!parent.found || typeof parent.value !== "object" || parent.value === null)
    throw new Error(`Mutation target ${mutation.pointer}: its parent is not an object or array`);
  const container = parent.value as Record<string, unknown>;
  const exists = Object.hasOwn(container, key);
  const { change } = mutation;
  if (exists === (change.kind === "add"))
    throw new Error(`Mutation target ${mutation.pointer} ${exists ? "already exists" : "does not exist"}`);
  if (change.kind === "remove") {
    if (Array.isArray(container)) container.splice(Number(key), 1);
    else delete container[key];
  } else {
    // defineProperty, not assignment: a "__proto__" key stays data and never becomes the prototype.
    Object.defineProperty(container, key, {
      value: change.value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return copy;
}
