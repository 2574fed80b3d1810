import { fromPointer } from "../errors.ts";

/** Reads a local "#/a/b" pointer; undefined when any token is missing. */
export function resolvePointer(document: unknown, ref: string): unknown {
  let node: unknown = document;
  for (const token of fromPointer(ref)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
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
