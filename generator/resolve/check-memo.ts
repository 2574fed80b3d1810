// The OpenAPI schema check remembered entry by entry. After a document passes, each entry of its
// two large maps (components/schemas and paths) is noted by a fingerprint of its content; the next
// check of the spec replaces every entry whose fingerprint is unchanged by an empty object and
// checks that smaller document. Sound because the check applies one definition to each entry of a
// map, chosen by the entry's key alone: an entry that passed at its key before passes again, so the
// document passes when what is left does. When the smaller document fails (the empty object is not
// valid at some key, or an edited entry is not), the whole document is checked, so the verdict is
// always the full check's. A one-component edit of Stripe's spec: 60–110 ms of check → about 30.
import { hash } from "node:crypto";
import { serialize } from "node:v8";
import { escapePointerToken, lookupTokens, toPointer } from "../../core/json-pointer.ts";
import { isPlainObject } from "../../core/plain-object.ts";
import { matchesOpenApiSchema } from "./openapi-schema-check.ts";
import type { OpenApiMajorMinor } from "./openapi-version.ts";

/** What a passed check leaves for the next check of the same spec. */
export interface CheckMemo {
  readonly version: OpenApiMajorMinor;
  /** JSON pointer of each entry → fingerprint of its content. */
  readonly fingerprints: Readonly<Record<string, string>>;
  /**
   * JSON pointer of an entry → the entries the proofs of its $refs read (proof-memo.ts); an entry
   * without one is scanned and proved again. Absent from memos of a YAML input and of older runs.
   */
  readonly refReads?: Readonly<Record<string, readonly string[]>>;
}

/** The maps whose entries are remembered: most of a large spec, each entry checked by one definition. */
const REMEMBERED_MAPS: readonly (readonly string[])[] = [["components", "schemas"], ["paths"]];

/**
 * What an entry's fingerprint hashes. "json": its JSON text, for a document read from JSON files only,
 * which cannot hold NaN or ±Infinity (JSON writes -0 as 0, and no check tells them apart); quicker to
 * make than "v8" (Stripe's spec: 34–39 ms in a run, against 45–54): V8's serialization, which tells
 * NaN, Infinity and -0 from null and 0, for a document a YAML file (spec or overlay) may have given them.
 */
export type FingerprintBasis = "json" | "v8";

/**
 * The verdict of the full check, and the memo of this document when it passed (without refReads,
 * which the caller adds). `fingerprints`: this document's, when the caller made them already.
 */
export function matchesRemembering(
  document: unknown,
  version: OpenApiMajorMinor,
  remembered: CheckMemo | undefined,
  basis: FingerprintBasis = "v8",
  fingerprints: ReadonlyMap<string, string> = entryFingerprints(document, basis),
): { matches: boolean; memo?: CheckMemo } {
  const smaller = remembered?.version === version ? withoutRemembered(document, fingerprints, remembered) : undefined;
  const matches =
    (smaller !== undefined && matchesOpenApiSchema(smaller, version)) || matchesOpenApiSchema(document, version);
  return matches ? { matches, memo: { version, fingerprints: Object.fromEntries(fingerprints) } } : { matches };
}

/** Each remembered entry's fingerprint (see FingerprintBasis); the two bases never give the same one. */
export function entryFingerprints(document: unknown, basis: FingerprintBasis = "v8"): Map<string, string> {
  const fingerprint =
    basis === "json"
      ? (entry: unknown) => `j${hash("sha1", JSON.stringify(entry) ?? "", "base64")}`
      : (entry: unknown) => hash("sha1", serialize(entry), "base64");
  const fingerprints = new Map<string, string>();
  for (const tokens of REMEMBERED_MAPS) {
    const map = mapAt(document, tokens);
    if (map === undefined) continue;
    const prefix = `${toPointer(tokens)}/`;
    for (const name of Object.keys(map)) fingerprints.set(prefix + escapePointerToken(name), fingerprint(map[name]));
  }
  return fingerprints;
}

/** The document with each entry the memo holds as it is now replaced by {}; undefined when none is. */
export function withoutRemembered(
  document: unknown,
  fingerprints: ReadonlyMap<string, string>,
  memo: CheckMemo,
): Record<string, unknown> | undefined {
  return withEntriesEmptied(document, (pointer) => isUnchanged(pointer, fingerprints, memo));
}

/** Whether the entry at `pointer` is in the document and the memo, with the same fingerprint. */
export function isUnchanged(pointer: string, fingerprints: ReadonlyMap<string, string>, memo: CheckMemo): boolean {
  const remembered = Object.hasOwn(memo.fingerprints, pointer) ? memo.fingerprints[pointer] : undefined;
  return remembered !== undefined && remembered === fingerprints.get(pointer);
}

/**
 * A copy of the document with each entry of the remembered maps that `emptied` picks (by JSON
 * pointer) replaced by {}, every object on the way copied; undefined when it picks none.
 */
export function withEntriesEmptied(
  document: unknown,
  emptied: (pointer: string) => boolean,
): Record<string, unknown> | undefined {
  let smaller: Record<string, unknown> | undefined;
  for (const tokens of REMEMBERED_MAPS) {
    const map = mapAt(document, tokens);
    if (map === undefined) continue;
    const prefix = `${toPointer(tokens)}/`;
    let picked = 0;
    // One pass, pointers made once: this runs once per run, in V8's interpreter.
    const entries = Object.keys(map).map((name): [string, unknown] => {
      if (!emptied(prefix + escapePointerToken(name))) return [name, map[name]];
      picked++;
      return [name, {}];
    });
    if (picked === 0) continue;
    // fromEntries defines each key, so a key such as "__proto__" stays an entry.
    smaller = withMapAt(smaller ?? { ...(document as Record<string, unknown>) }, tokens, Object.fromEntries(entries));
  }
  return smaller;
}

/** The pointer of the remembered entry a place is in ("/paths/~1a" for paths/"/a"/get/…); undefined outside them. */
export function entryPointerOf(path: readonly (string | number)[]): string | undefined {
  for (const tokens of REMEMBERED_MAPS) {
    if (path.length <= tokens.length || !tokens.every((token, index) => path[index] === token)) continue;
    return `${toPointer(tokens)}/${escapePointerToken(String(path[tokens.length]))}`;
  }
  return undefined;
}

/** `root` (a copy of the document) with the map at `tokens` replaced, every object on the way copied. */
function withMapAt(root: Record<string, unknown>, tokens: readonly string[], map: object): Record<string, unknown> {
  let holder = root;
  for (const token of tokens.slice(0, -1)) {
    const copy = { ...(holder[token] as Record<string, unknown>) };
    holder[token] = copy;
    holder = copy;
  }
  holder[tokens.at(-1)!] = map;
  return root;
}

function mapAt(document: unknown, tokens: readonly string[]): Record<string, unknown> | undefined {
  const lookup = lookupTokens(document, tokens);
  return lookup.found && isPlainObject(lookup.value) ? lookup.value : undefined;
}
