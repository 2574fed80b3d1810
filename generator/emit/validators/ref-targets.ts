// A validator document holds the spec's component schemas and inline response bodies, not the rest
// of the spec; but a schema may $ref any place of it (`#/paths/~1a/post/requestBody/.../schema`,
// `#/components/responses/x/content/...`). Each such target is copied, translated, to the same
// pointer of the validator document, and so are the targets its own $refs reach, so that every
// local $ref resolves there as it does in the spec.
import { lookupTokens, refTokens } from "../../../core/json-pointer.ts";
import type { SchemaDialect } from "../../model/schema-facets.ts";
import { translateSchema } from "./translate-schema.ts";

export function copyRefTargets(target: Record<string, unknown>, spec: unknown, dialect: SchemaDialect): void {
  const pending = [...localRefs(target)];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const ref = pending.pop()!;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const tokens = refTokens(ref);
    if (tokens.length === 0 || lookupTokens(target, tokens).found) continue;
    const source = lookupTokens(spec, tokens);
    if (!source.found) continue; // swagger-parser has reported a missing target already
    const translated = translateSchema(source.value, dialect);
    place(target, tokens, translated);
    pending.push(...localRefs(translated));
  }
}

/** Puts `value` at `tokens`, creating the objects on the way; own properties only. */
export function place(root: Record<string, unknown>, tokens: readonly string[], value: unknown): void {
  let current = root;
  for (const token of tokens.slice(0, -1)) {
    const next = Object.hasOwn(current, token) ? current[token] : undefined;
    if (typeof next === "object" && next !== null) current = next as Record<string, unknown>;
    else current = define(current, token, {}) as Record<string, unknown>;
  }
  define(current, tokens.at(-1)!, value);
}

function define(object: Record<string, unknown>, key: string, value: unknown): unknown {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/** Every local $ref string in a value. */
export function localRefs(value: unknown): string[] {
  return refStrings(value).filter((ref) => ref.startsWith("#"));
}

/** Every $ref string in a value, local or not. */
export function refStrings(value: unknown): string[] {
  const refs: string[] = [];
  const stack = typeof value === "object" && value !== null ? [value] : [];
  // Keys by index, not entries or for…of, and only objects stacked: this walks every schema of a
  // document several times a run (copyRefTargets, each entry's key), mostly before V8 optimises it.
  while (stack.length > 0) {
    const current = stack.pop() as Record<string, unknown>;
    const keys = Object.keys(current);
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const child = current[key];
      if (key === "$ref" && typeof child === "string") refs.push(child);
      else if (typeof child === "object" && child !== null) stack.push(child);
    }
  }
  return refs;
}
