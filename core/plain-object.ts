// The one test of "a JSON object" shared by the generator, diff and the contract suite: every
// module that walks parsed JSON or YAML asks it, so they all agree on what an object is.

/** An object that is neither null nor an array: a JSON object as JSON.parse or a YAML loader makes it. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
