// A schema together with the JSON pointer it lives at, so every reported change can name its
// place in both specs. $refs are followed by generator/model/refs.ts (followRefs). In OpenAPI 3.0
// keywords next to a $ref are ignored, and the supplied Stripe specs rely on that
// (`additionalProperties: false` beside a $ref), so siblings are dropped for 3.1 too: comparing
// both sides the same way is what matters.
import { lookupTokens, toPointer } from "../core/json-pointer.ts";
import { isPlainObject } from "../core/plain-object.ts";
import type { Located } from "../generator/model/refs.ts";

export type { Located };
export type SchemaMap = Record<string, unknown>;

/** Own properties only (via lookupTokens), so a token like "constructor" never reads Object.prototype. */
export function child(parent: Located, ...tokens: (string | number)[]): Located {
  const lookup = lookupTokens(parent.value, tokens.map(String));
  return { pointer: parent.pointer + toPointer(tokens), value: lookup.found ? lookup.value : undefined };
}

/** Boolean schemas and missing ones read as objects so facet checks need no special cases. */
export function asSchema(value: unknown): SchemaMap {
  return isPlainObject(value) ? (value as SchemaMap) : {};
}

/** Pointer of a child when it exists, else of the parent: where a removed or added thing would be. */
export function closest(parent: Located, token: string): string {
  const at = child(parent, token);
  return at.value === undefined ? parent.pointer : at.pointer;
}
