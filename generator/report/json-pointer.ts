// RFC 6901 pointers into data (payloads, documents). Token escaping is shared with the $ref
// handling in ../errors.ts; unlike a $ref fragment, a data pointer is never URI-decoded.
import { toPointer, unescapePointerToken } from "../errors.ts";

export type PointerLookup = { found: true; value: unknown } | { found: false };

export function decodePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`Not a JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split("/").map(unescapePointerToken);
}

export const encodePointer: (tokens: readonly (string | number)[]) => string = toPointer;

export function lookupPointer(document: unknown, pointer: string): PointerLookup {
  return lookupTokens(document, decodePointer(pointer));
}

/** Own properties only: a token such as "__proto__" or "constructor" never reaches the prototype chain. */
export function lookupTokens(document: unknown, tokens: readonly string[]): PointerLookup {
  let current: unknown = document;
  for (const token of tokens) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, token)) return { found: false };
    current = (current as Record<string, unknown>)[token];
  }
  return { found: true, value: current };
}
