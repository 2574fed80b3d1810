// RFC 6901 JSON pointers, the one implementation for the whole project: into payloads (validation
// errors, mutations), into specs (error locations, diff reports) and inside $ref fragments.
// A data pointer is taken literally; a $ref is a URI fragment, so its tokens are percent-decoded.

export type PointerLookup = { found: true; value: unknown } | { found: false };

// Both are called for every token of every schema place of a large spec; most tokens need nothing.
export function escapePointerToken(token: string): string {
  if (!token.includes("~") && !token.includes("/")) return token;
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function unescapePointerToken(token: string): string {
  if (!token.includes("~")) return token;
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

export function toPointer(tokens: readonly (string | number)[]): string {
  // A loop, not map + join: the resolve stage makes a pointer of every $ref's place.
  let pointer = "";
  for (const token of tokens) pointer += `/${escapePointerToken(String(token))}`;
  return pointer;
}

/** Tokens of a data pointer ("" is the root); anything not starting with "/" is refused. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`Not a JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split("/").map(unescapePointerToken);
}

/** Tokens of a local $ref ("#/a/b", "#" or "/a/b"); a malformed %-escape is kept as written. */
export function refTokens(ref: string): string[] {
  if (ref === "" || ref === "#") return [];
  const body = ref.startsWith("#") ? ref.slice(1) : ref;
  return body
    .split("/")
    .slice(1)
    .map((token) => unescapePointerToken(percentDecoded(token)));
}

function percentDecoded(token: string): string {
  if (!token.includes("%")) return token;
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

export function lookupPointer(document: unknown, pointer: string): PointerLookup {
  return lookupTokens(document, pointerTokens(pointer));
}

/** The value at a data pointer, or undefined when nothing is there. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  const lookup = lookupPointer(document, pointer);
  return lookup.found ? lookup.value : undefined;
}

/** Own properties only: a token such as "__proto__" or "constructor" never reaches the prototype chain. */
export function lookupTokens(document: unknown, tokens: readonly string[]): PointerLookup {
  let current: unknown = document;
  for (const token of tokens) {
    if (!hasChild(current, token)) return { found: false };
    current = current[token];
  }
  return { found: true, value: current };
}

/** Whether `token` names an own property (an array's index) of `value`: one step of a pointer. */
export function hasChild(value: unknown, token: string): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.hasOwn(value, token);
}
