// A schema together with the JSON pointer it lives at, so every reported change can name its
// place in both specs. $refs are followed here; after validateAndResolve every $ref is local.
import { lookupTokens, toPointer } from "../core/json-pointer.ts";
import { resolvePointer } from "../generator/model/resolve-pointer.ts";

export type SchemaMap = Record<string, unknown>;

export interface Located {
  readonly pointer: string;
  /** undefined when nothing is at the pointer; boolean schemas are kept as they are. */
  readonly value: unknown;
}

/** Own properties only (via lookupTokens), so a token like "constructor" never reads Object.prototype. */
export function child(parent: Located, ...tokens: (string | number)[]): Located {
  const lookup = lookupTokens(parent.value, tokens.map(String));
  return { pointer: parent.pointer + toPointer(tokens), value: lookup.found ? lookup.value : undefined };
}

/**
 * Follows a chain of $refs to the schema it names. In OpenAPI 3.0 keywords next to a $ref are
 * ignored, and the supplied Stripe specs rely on that (`additionalProperties: false` beside a
 * $ref), so siblings are dropped for 3.1 too: comparing both sides the same way is what matters.
 */
export function followRefs(document: unknown, located: Located): Located {
  const seen = new Set<string>();
  let current = located;
  while (isRef(current.value)) {
    const ref = current.value.$ref;
    if (!ref.startsWith("#") || seen.has(ref)) break;
    seen.add(ref);
    current = { pointer: ref.slice(1), value: resolvePointer(document, ref) };
  }
  return current;
}

function isRef(value: unknown): value is { $ref: string } {
  return typeof value === "object" && value !== null && typeof (value as { $ref?: unknown }).$ref === "string";
}

/** Boolean schemas and missing ones read as objects so facet checks need no special cases. */
export function asSchema(value: unknown): SchemaMap {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as SchemaMap) : {};
}
