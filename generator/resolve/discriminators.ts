// The OpenAPI `discriminator`, spelled out as JSON Schema so the types and the validators read the
// same thing: each schema it selects must carry the property, with the value that selects it. This
// is how openapi-typescript narrows discriminated types (we follow its rules, so switching on
// `pet.pet_type` narrows in both), and it makes the validators check what the types promise:
//
// - a `oneOf` with a discriminator: each member $ref (and each `mapping` target) requires the
//   property, with the mapping's values for it, or else the last segment of its $ref;
// - an `allOf` child of a schema with a discriminator (`Dog: allOf: [$ref Pet, …]`), and its own
//   children in turn: the property is required, with the mapping's values for the child, or else its
//   schema name.
//
// A target with `allOf` gets one more member `{ required: [p], properties: { p: { enum } } }`; an
// object target gets `p` required and its schema replaced by the enum; any other target is left
// alone. A mapping value may be a bare schema name ("Dog") or a $ref; a bare name is rewritten as
// the $ref it stands for.
import { escapePointerToken, lookupPointer, lookupTokens, pointerTokens, toPointer } from "../../core/json-pointer.ts";
import { isPlainObject } from "../../core/plain-object.ts";
import { followRefs, refOf, refPointer } from "../model/refs.ts";
import { type DocumentEdits, editedCopy } from "./copy-on-write.ts";
import { type SchemaSlot, schemaSlots } from "./schema-slots.ts";

interface Discriminator {
  readonly propertyName: string;
  /** value → the JSON pointer of the schema it selects (a bare name is a component's). */
  readonly mapping: ReadonlyMap<string, string>;
}

/** Schemas are keyed by JSON pointer: refs may spell one pointer differently ("%20" or " "). */
interface Holder {
  /** "/components/schemas/Pet" */
  readonly pointer: string;
  readonly schema: Record<string, unknown>;
  readonly discriminator: Discriminator;
}

/** The document with every discriminator spelled out, or the document itself when it has none. */
export function lowerDiscriminators(
  document: Record<string, unknown>,
  slots: Iterable<SchemaSlot> = schemaSlots(document),
): Record<string, unknown> {
  const { holders, withAllOf } = scan(slots);
  if (holders.size === 0) return document;
  return editedCopy(document, (edits) => lowerInto(edits, holders, withAllOf)) as Record<string, unknown>;
}

/** Each schema a discriminator selects made to require its value, in the copy. */
function lowerInto(edits: DocumentEdits, holders: ReadonlyMap<string, Holder>, withAllOf: readonly AllOfSchema[]) {
  const patched = new Set<string>();
  const patch = (pointer: string, discriminator: Discriminator, values: readonly string[]) => {
    const start = lookupPointer(edits.root, pointer);
    if (!start.found) return;
    const target = followRefs(edits.root, { pointer, value: start.value });
    if (target.end !== "target" || patched.has(target.pointer)) return;
    if (requireValue(edits, target.pointer, discriminator.propertyName, values)) patched.add(target.pointer);
  };
  for (const holder of holders.values()) {
    spellMappingAsRefs(edits, holder);
    for (const [pointer, values] of oneOfTargets(holder)) patch(pointer, holder.discriminator, values);
  }
  for (const [pointer, discriminator] of allOfChildren(withAllOf, holders)) {
    const values = valuesFor(discriminator, pointer);
    patch(pointer, discriminator, values.length > 0 ? values : [lastSegment(pointer)]);
  }
}

/** A schema with an allOf, and the schemas its allOf members $ref. */
interface AllOfSchema {
  readonly pointer: string;
  readonly members: readonly string[];
}

/** One walk: the schemas with a discriminator, and those with an allOf (children to be). */
function scan(slots: Iterable<SchemaSlot>): { holders: Map<string, Holder>; withAllOf: AllOfSchema[] } {
  const holders = new Map<string, Holder>();
  const withAllOf: AllOfSchema[] = [];
  for (const slot of slots) {
    const schema = slot.value as Record<string, unknown> | null;
    const discriminator = readDiscriminator(schema?.discriminator);
    if (schema && discriminator)
      holders.set(toPointer(slot.path), { pointer: toPointer(slot.path), schema, discriminator });
    if (Array.isArray(schema?.allOf)) {
      const members = schema.allOf.map(refOf).filter((ref): ref is string => ref?.startsWith("#") === true);
      withAllOf.push({ pointer: toPointer(slot.path), members: members.map(refPointer) });
    }
  }
  return { holders, withAllOf };
}

/**
 * A mapping value that is a bare schema name ("Dog") becomes the $ref it stands for, in the copy:
 * openapi-typescript (and other tools) take every mapping value for a $ref.
 */
function spellMappingAsRefs(edits: DocumentEdits, holder: Holder): void {
  const schema = lookupPointer(edits.root, holder.pointer);
  const mapping = (schema.found ? (schema.value as { discriminator?: { mapping?: unknown } }) : {}).discriminator
    ?.mapping;
  if (typeof mapping !== "object" || mapping === null) return;
  const bare = Object.entries(mapping).filter(([, target]) => typeof target === "string" && !target.startsWith("#"));
  if (bare.length === 0) return;
  const writable = edits.writable([...pointerTokens(holder.pointer), "discriminator", "mapping"])!;
  for (const [value, target] of bare)
    Object.defineProperty(writable, value, {
      value: `#/components/schemas/${encodeURIComponent(escapePointerToken(target))}`,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

function readDiscriminator(value: unknown): Discriminator | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { propertyName, mapping } = value as { propertyName?: unknown; mapping?: unknown };
  if (typeof propertyName !== "string") return undefined;
  const entries = Object.entries(typeof mapping === "object" && mapping !== null ? mapping : {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  return {
    propertyName,
    mapping: new Map(
      entries.map(([key, target]) => [
        key,
        target.startsWith("#") ? refPointer(target) : toPointer(["components", "schemas", target]),
      ]),
    ),
  };
}

/** The schemas a oneOf with a discriminator selects between, with the values that select each. */
function oneOfTargets(holder: Holder): Map<string, string[]> {
  const targets = new Map<string, string[]>();
  if (!Array.isArray(holder.schema.oneOf)) return targets;
  for (const member of holder.schema.oneOf) {
    const ref = refOf(member);
    if (ref?.startsWith("#")) targets.set(refPointer(ref), [lastSegment(refPointer(ref))]);
  }
  const mapped = new Set<string>();
  for (const [value, pointer] of holder.discriminator.mapping) {
    if (!mapped.has(pointer)) targets.set(pointer, []);
    mapped.add(pointer);
    targets.get(pointer)!.push(value);
  }
  return targets;
}

/**
 * Each schema whose allOf has a $ref to a discriminator's holder or to another such child, with the
 * discriminator it inherits; found until no new one appears, so order in the file does not matter.
 */
function allOfChildren(
  withAllOf: readonly AllOfSchema[],
  holders: ReadonlyMap<string, Holder>,
): Map<string, Discriminator> {
  const parents = new Map([...holders].map(([pointer, holder]) => [pointer, holder.discriminator]));
  const children = new Map<string, Discriminator>();
  for (let found = true; found; ) {
    found = false;
    for (const { pointer, members } of withAllOf) {
      if (children.has(pointer) || holders.has(pointer)) continue;
      const parent = members.find((member) => parents.has(member));
      if (parent === undefined) continue;
      children.set(pointer, parents.get(parent)!);
      parents.set(pointer, parents.get(parent)!);
      found = true;
    }
  }
  return children;
}

function valuesFor(discriminator: Discriminator, pointer: string): string[] {
  return [...discriminator.mapping].filter(([, target]) => target === pointer).map(([value]) => value);
}

/** Makes the schema at `pointer` require `property` with one of `values`; false when it has no place for it. */
function requireValue(edits: DocumentEdits, pointer: string, property: string, values: readonly string[]): boolean {
  const tokens = pointerTokens(pointer);
  const schema = lookupTokens(edits.root, tokens);
  if (!schema.found || !isPlainObject(schema.value)) return false;
  const valueSchema = { type: "string", enum: [...values] };
  if (Array.isArray(schema.value.allOf)) {
    const allOf = edits.writable([...tokens, "allOf"]) as unknown[];
    allOf.push({ type: "object", required: [property], properties: { [property]: valueSchema } });
    return true;
  }
  if (schema.value.type !== "object") return false;
  const target = edits.writable(tokens) as Record<string, unknown>;
  const properties = (target.properties ?? {}) as Record<string, unknown>;
  const existing = lookupTokens(properties, [property]);
  const description = existing.found ? (existing.value as { description?: unknown } | null)?.description : undefined;
  target.properties = {
    ...properties,
    [property]: description === undefined ? valueSchema : { ...valueSchema, description },
  };
  const required = Array.isArray(target.required) ? target.required : [];
  if (!required.includes(property)) target.required = [...required, property];
  return true;
}

function lastSegment(pointer: string): string {
  return pointerTokens(pointer).at(-1) ?? pointer;
}
