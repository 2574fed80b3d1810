/** Reads a local "#/a/b" $ref (a URI fragment, so percent-decoded); undefined when any token is missing. */
export function resolvePointer(document: unknown, ref: string): unknown {
  const lookup = lookupTokens(document, refTokens(ref));
  return lookup.found ? lookup.value : undefined;
}

/** Follows $ref chains of non-schema objects (parameters, responses, bodies); stops on cycles. */
export function derefObject<T>(document: unknown, value: T): T {
  const seen = new Set<string>();
  let current: unknown = value;
  while (typeof current === "object" && current !== null && typeof (current as { $ref?: unknown }).$ref === "string") {
    const ref = (current as { $ref: string }).$ref;
    if (seen.has(ref)) break;
    seen.add(ref);
    current = resolvePointer(document, ref);
  }
  return current as T;
}

import { lookupTokens, refTokens } from "../../core/json-pointer.ts";
