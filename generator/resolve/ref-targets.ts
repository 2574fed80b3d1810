// What swagger-parser's dereferencing adds to the OpenAPI schema check, proved without it: every
// local $ref leads somewhere (THE follower, model/refs.ts), and every $ref that stands for an
// OpenAPI object ends at a place the check of the document as written already checked as that
// kind of object (a schema slot for a schema, components/parameters/<name> for a parameter, …), so
// the dereferenced document would pass where the written one passed.
//
// This is a proof of soundness only: whatever it cannot show (a missing target, a target of another
// kind or at an unchecked place, $id scoping, merged sibling objects) answers false, and the caller
// falls back to swagger-parser's full check, whose errors are the ones reported.
import { pointerTokens, toPointer } from "../../core/json-pointer.ts";
import { isPlainObject } from "../../core/plain-object.ts";
import { followRefs, type RefChain, refOf } from "../model/refs.ts";
import type { ReferableKind } from "./openapi-schema-check.ts";
import { matchesDefinition } from "./openapi-schema-check.ts";
import type { OpenApiMajorMinor } from "./openapi-version.ts";
import type { EntryReads } from "./proof-memo.ts";
import type { KeywordUse } from "./ref-policy.ts";
import { type SchemaSlot, schemaSlots } from "./schema-slots.ts";

/** The parent key of a place → the kind of object each of its entries is. */
export const ENTRY_KINDS: Readonly<Record<string, ReferableKind>> = {
  parameters: "parameter",
  requestBodies: "requestBody",
  responses: "response",
  headers: "header",
  examples: "example",
  links: "link",
  callbacks: "callback",
  securitySchemes: "securityScheme",
  pathItems: "pathItem",
};

/** Component names the OpenAPI 3.0 schema checks; an entry with another name is never checked. */
const COMPONENT_NAME = /^[a-zA-Z0-9.\-_]+$/;

type Path = readonly (string | number)[];

/**
 * True when every local $ref is proved to resolve to what its place needs (see the top).
 * `keywords` are checkRefs' local $refs and scope keywords (ref-policy.ts), from its one walk
 * (of the document less the entries whose proofs stand: proof-memo.ts); `reads` records what each
 * proof read, for the memo.
 */
export function localRefsAreSound(
  document: unknown,
  version: OpenApiMajorMinor,
  keywords: readonly KeywordUse[],
  slots: readonly SchemaSlot[] = schemaSlots(document),
  reads?: EntryReads,
): boolean {
  const places = new ProofPlaces(document, slots);
  // One $ref object at two places (a YAML alias): schema-slots.ts walks a shared object once, so
  // the second place's kind would go unseen.
  const holders = new Set<object>();
  for (let index = 0; index < keywords.length; index++) {
    const use = keywords[index]!;
    if (use.key !== "$ref" || holders.has(use.holder)) return false;
    holders.add(use.holder);
    if (!refIsSound(use, places, version, reads)) return false;
  }
  return true;
}

/**
 * The schema places, and what was found about each $ref string and target: a chain of $refs
 * depends only on the $ref it starts with, and Stripe's spec $refs the same component hundreds of times.
 */
class ProofPlaces {
  readonly schemas: SchemaPlaces;
  private readonly document: unknown;
  private readonly chains = new Map<string, RefChain>();
  private readonly checked = new Map<string, boolean>();

  constructor(document: unknown, slots: readonly SchemaSlot[]) {
    this.document = document;
    this.schemas = new SchemaPlaces(document, slots);
  }

  chainOf(ref: string, use: KeywordUse): RefChain {
    let chain = this.chains.get(ref);
    if (chain === undefined) {
      chain = followRefs(this.document, { pointer: toPointer(use.path), value: use.holder });
      this.chains.set(ref, chain);
    }
    return chain;
  }

  isCheckedAs(kind: ReferableKind, pointer: string): boolean {
    const key = `${kind}\0${pointer}`;
    let checked = this.checked.get(key);
    if (checked === undefined) {
      checked = isCheckedAs(kind, pointer, this.schemas);
      this.checked.set(key, checked);
    }
    return checked;
  }
}

/**
 * Which pointers are schema places (schema-slots.ts). The $ref-holding ones are asked about for
 * every $ref, so they are indexed at once; the full index, a pointer for every schema of the
 * document, is built only when a $ref leads somewhere other than a component schema.
 */
class SchemaPlaces {
  private readonly document: unknown;
  private readonly slots: readonly SchemaSlot[];
  /** The Reference Objects at schema places, by identity: asked about for every $ref, so no pointers are made. */
  private readonly refHolders = new Set<unknown>();
  private all: Set<string> | undefined;

  constructor(document: unknown, slots: readonly SchemaSlot[]) {
    this.document = document;
    this.slots = slots;
    for (let index = 0; index < slots.length; index++) {
      const value = slots[index]!.value;
      if (refOf(value) !== undefined) this.refHolders.add(value);
    }
  }

  /** True when `holder`, a $ref's object, is at a schema place (each is at one place: see localRefsAreSound). */
  isSchema(holder: object): boolean {
    return this.refHolders.has(holder);
  }

  has(tokens: readonly string[], pointer: string): boolean {
    // #/components/schemas/<name>: every entry of a components.schemas mapping is a schema place.
    const schemas = (this.document as { components?: { schemas?: unknown } }).components?.schemas;
    if (tokens.length === 3 && tokens[0] === "components" && tokens[1] === "schemas" && isPlainObject(schemas))
      return true;
    this.all ??= new Set(this.slots.map((slot) => toPointer(slot.path)));
    return this.all.has(pointer);
  }
}

function refIsSound(use: KeywordUse, places: ProofPlaces, version: OpenApiMajorMinor, reads?: EntryReads) {
  const ref = use.value;
  // json-schema-ref-parser decodes the whole fragment before splitting it, the follower token by
  // token; "#name" is an anchor, not a pointer.
  if ((ref !== "#" && !ref.startsWith("#/")) || ref.includes("%")) return false;
  const chain = places.chainOf(ref, use);
  // What follows reads the holder, its place and the values the chain's $refs name, nothing else.
  reads?.read(use.path, chain.refs);
  if (chain.end === "missing" || chain.end === "external") return false;
  const kind = places.schemas.isSchema(use.holder) ? "schema" : kindOfPlace(use.path);
  // A cycle of $refs stays a Reference Object in the dereferenced document too; a $ref at a place
  // that holds no OpenAPI object is either free-form data or already refused by the schema check.
  if (chain.end === "cycle" || kind === undefined) return true;
  if (!places.isCheckedAs(kind, chain.pointer)) return false;
  if (hasOnlyRef(use.holder)) return true;
  const siblings = Object.entries(use.holder).filter(([key]) => key !== "$ref");
  // json-schema-ref-parser puts the $ref's siblings over the target's keys, merging deeply where
  // both hold an object; only the shallow case is rebuilt here.
  const target = chain.value;
  if (chain.refs.length > 1 || !isPlainObject(target)) return false;
  if (siblings.some(([key, value]) => isPlainObject(value) && isPlainObject(target[key]))) return false;
  return matchesDefinition({ ...target, ...Object.fromEntries(siblings) }, kind, version);
}

/** True when `holder` has no key but `$ref` (most do: checked before its siblings are listed). */
function hasOnlyRef(holder: object): boolean {
  for (const key in holder) if (key !== "$ref" && Object.hasOwn(holder, key)) return false;
  return true;
}

/**
 * The kind of OpenAPI object the place at `path` holds, other than a schema (SchemaPlaces), when it
 * is one a Reference Object may stand for.
 */
function kindOfPlace(path: Path): ReferableKind | undefined {
  if (path.at(-3) === "callbacks") return "pathItem"; // callbacks/<name>/<expression>
  if (path.at(-1) === "requestBody") return "requestBody";
  if (path.length === 2 && (path[0] === "paths" || path[0] === "webhooks")) return "pathItem";
  return entryKind(path.at(-2));
}

function entryKind(parentKey: string | number | undefined): ReferableKind | undefined {
  return typeof parentKey === "string" && Object.hasOwn(ENTRY_KINDS, parentKey) ? ENTRY_KINDS[parentKey] : undefined;
}

/** True when the check of the document as written checked the value at `pointer` as a `kind` object. */
function isCheckedAs(kind: ReferableKind, pointer: string, schemaPlaces: SchemaPlaces): boolean {
  const tokens = pointerTokens(pointer);
  if (tokens.some(isExtensionKey)) return false;
  // A 3.0 component whose name the schema's pattern refuses is skipped by the check.
  if (tokens[0] === "components" && !COMPONENT_NAME.test(tokens[2] ?? "")) return false;
  if (kind === "schema") return schemaPlaces.has(tokens, pointer);
  if (tokens.length === 2 && tokens[0] === "paths") return kind === "pathItem" && tokens[1]!.startsWith("/");
  if (tokens.length === 2 && tokens[0] === "webhooks") return kind === "pathItem";
  return tokens.length === 3 && tokens[0] === "components" && entryKind(tokens[1]) === kind;
}

/**
 * True for an `x-…` key that the OpenAPI schema leaves free-form on the way to a place the walk
 * of schema-slots.ts enters: at the top level, in `paths`, in `responses`, in a callback.
 */
function isExtensionKey(token: string, index: number, tokens: readonly string[]): boolean {
  if (!token.startsWith("x-")) return false;
  return (
    index === 0 ||
    tokens[index - 1] === "paths" ||
    tokens[index - 1] === "responses" ||
    tokens[index - 2] === "callbacks"
  );
}
