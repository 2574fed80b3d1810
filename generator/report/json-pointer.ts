// RFC 6901 lookup. Hand-written because no JSON pointer library is a direct dependency of the
// project (json-pointer in node_modules only arrives transitively via Prism), and lookup is all we need.

export type PointerLookup = { found: true; value: unknown } | { found: false };

export function decodePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`Not a JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function encodePointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => "/" + String(token).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

export function lookupPointer(document: unknown, pointer: string): PointerLookup {
  let current: unknown = document;
  for (const token of decodePointer(pointer)) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, token)) return { found: false };
    current = (current as Record<string, unknown>)[token];
  }
  return { found: true, value: current };
}
