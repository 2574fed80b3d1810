// Every place of an OpenAPI 3.0/3.1 document that holds a Schema Object, found by the document's
// structure (paths, webhooks, components, operations, parameters, media types, callbacks) and then
// by schema keywords (generator/model/schema-keywords.ts). Walking by structure, not by key names,
// means an `example` whose data happens to say `type: "null"` is never taken for a schema.
//
// Read-only and iterative: deeply nested specs do not overflow the stack, and each object is
// visited once, so a YAML alias that makes two places share one object (or a cycle) cannot loop.
import { isPlainObject } from "../../core/plain-object.ts";
import { PATH_ITEM_METHODS } from "../model/api-model.ts";
import { SCHEMA_KEYWORDS, SCHEMA_LIST_KEYWORDS, SCHEMA_MAP_KEYWORDS } from "../model/schema-keywords.ts";

type Path = readonly (string | number)[];

/** What a slot's path is made from: the slot or OpenAPI object its holder is in. */
interface PathSource {
  readonly path: Path;
}

/**
 * `holder[key]` is a Schema Object (or what stands where one should, e.g. `schema: null`). Its path
 * is made when first read: most of a document's slots (Stripe's spec: 22,344) are never reported,
 * and copying a path for each was about a seventh of what a run allocated on its main thread.
 */
export class SchemaSlot {
  readonly holder: Readonly<Record<string, unknown>> | readonly unknown[];
  readonly key: string | number;
  readonly #parent: PathSource;
  /** The list or map keyword between the parent schema and `holder` (e.g. "allOf", "properties"). */
  readonly #keyword: string | undefined;
  #path: Path | undefined;

  constructor(holder: SchemaSlot["holder"], key: string | number, parent: PathSource, keyword?: string) {
    this.holder = holder;
    this.key = key;
    this.#parent = parent;
    this.#keyword = keyword;
  }

  /** What the slot holds: a schema, or what stands where one should. */
  get value(): unknown {
    return (this.holder as Record<string | number, unknown>)[this.key];
  }

  /** Path from the document root to the slot, key included. */
  get path(): Path {
    this.#path ??= this.#makePath();
    return this.#path;
  }

  /** Up the parent slots to one whose path is known (a loop: a deeply nested spec must not overflow the stack). */
  #makePath(): Path {
    const tails: SchemaSlot[] = [];
    let source: PathSource = this;
    while (source instanceof SchemaSlot && source.#path === undefined) {
      tails.push(source);
      source = source.#parent;
    }
    const path = [...source.path];
    for (let index = tails.length - 1; index >= 0; index--) {
      const slot = tails[index]!;
      if (slot.#keyword !== undefined) path.push(slot.#keyword);
      path.push(slot.key);
    }
    return path;
  }
}

type Kind =
  | "pathItems"
  | "pathItem"
  | "operation"
  | "parameter"
  | "parameterMap"
  | "bodies"
  | "body"
  | "mediaType"
  | "callbacks"
  | "schemaMap";

/** An OpenAPI object to visit, at its path. */
interface StructureVisit {
  readonly kind: Kind;
  readonly value: unknown;
  readonly path: Path;
}

/** A schema to visit is its slot, which knows where it is. */
type Visit = StructureVisit | SchemaSlot;

/** components/<key> → what each entry is. Request bodies and responses both carry `content`. */
const COMPONENT_KINDS: Readonly<Record<string, Kind>> = {
  schemas: "schemaMap",
  responses: "bodies",
  requestBodies: "bodies",
  parameters: "parameterMap",
  headers: "parameterMap",
  callbacks: "callbacks",
  pathItems: "pathItems",
};

export function schemaSlots(document: unknown): SchemaSlot[] {
  const found: SchemaSlot[] = [];
  const root = asObject(document);
  if (!root) return found;
  const stack: Visit[] = [];
  const components = asObject(root.components);
  for (const [key, kind] of Object.entries(COMPONENT_KINDS).reverse())
    stack.push({ kind, value: components?.[key], path: ["components", key] });
  stack.push({ kind: "pathItems", value: root.webhooks, path: ["webhooks"] });
  stack.push({ kind: "pathItems", value: root.paths, path: ["paths"] });
  const seen = new Set<object>();
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const value = visit.value;
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (visit instanceof SchemaSlot) {
      visitSchema(value as Record<string, unknown>, visit, found, stack);
      continue;
    }
    const children: Visit[] = [];
    for (const slot of slotsOf(visit)) {
      found.push(slot);
      children.push(slot);
    }
    structureChildren(visit, children);
    // Reversed onto the stack, so slots come out in document order.
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return found;
}

/** The schema slots directly inside one visited object. */
function slotsOf(visit: StructureVisit): SchemaSlot[] {
  const value = visit.value as Record<string, unknown>;
  switch (visit.kind) {
    case "parameter":
    case "mediaType":
      return Object.hasOwn(value, "schema") ? [new SchemaSlot(value, "schema", visit)] : [];
    case "schemaMap":
      return Object.keys(value).map((name) => new SchemaSlot(value, name, visit));
    default:
      return [];
  }
}

/** How a schema keyword holds subschemas (schema-keywords.ts), in one lookup per keyword. */
const KEYWORD_SHAPES: ReadonlyMap<string, "one" | "list" | "map"> = new Map([
  ...[...SCHEMA_KEYWORDS].map((keyword) => [keyword, "one"] as const),
  ...[...SCHEMA_LIST_KEYWORDS].map((keyword) => [keyword, "list"] as const),
  ...[...SCHEMA_MAP_KEYWORDS].map((keyword) => [keyword, "map"] as const),
]);

/**
 * Records one schema's subschema slots, in key order, and stacks them to be visited in that order.
 * Plain indexed loops with one keyword lookup: this runs for every schema of the document (Stripe's
 * spec: 22,344 slots), mostly before V8 optimises it, where a for…of allocates a result per step.
 */
function visitSchema(schema: Record<string, unknown>, at: SchemaSlot, found: SchemaSlot[], stack: Visit[]): void {
  const first = found.length;
  const keywords = Object.keys(schema);
  for (let index = 0; index < keywords.length; index++) {
    const keyword = keywords[index]!;
    const shape = KEYWORD_SHAPES.get(keyword);
    if (shape === undefined) continue;
    const value = schema[keyword];
    if (shape === "one") found.push(new SchemaSlot(schema, keyword, at));
    else if (shape === "list") {
      if (Array.isArray(value)) pushListSlots(value, at, keyword, found);
    } else if (asObject(value)) pushMapSlots(value as Record<string, unknown>, at, keyword, found);
  }
  // Reversed onto the stack, so the subschemas are visited in document order.
  for (let index = found.length - 1; index >= first; index--) stack.push(found[index]!);
}

function pushListSlots(list: readonly unknown[], at: SchemaSlot, keyword: string, found: SchemaSlot[]): void {
  for (let index = 0; index < list.length; index++)
    if (Object.hasOwn(list, index)) found.push(new SchemaSlot(list, index, at, keyword));
}

function pushMapSlots(map: Record<string, unknown>, at: SchemaSlot, keyword: string, found: SchemaSlot[]): void {
  const names = Object.keys(map);
  for (let index = 0; index < names.length; index++) found.push(new SchemaSlot(map, names[index]!, at, keyword));
}

/** Groups of OpenAPI objects inside an object of a kind: [their kind, the container, its path below]. */
type Groups = (value: Record<string, unknown>) => (readonly [Kind, unknown, Path?])[];

const STRUCTURE: Partial<Record<Kind, Groups>> = {
  pathItems: (value) => [["pathItem", value]],
  callbacks: (value) => entries(value).map(([name, callback]) => ["pathItem", callback, [name]] as const),
  pathItem: (value) => [
    ["parameter", value.parameters, ["parameters"]],
    [
      "operation",
      Object.fromEntries(
        PATH_ITEM_METHODS.filter((method) => Object.hasOwn(value, method)).map((method) => [method, value[method]]),
      ),
    ],
  ],
  operation: (value) => [
    ["parameter", value.parameters, ["parameters"]],
    ["body", { requestBody: value.requestBody }],
    ["body", value.responses, ["responses"]],
    ["callbacks", { callbacks: value.callbacks }],
  ],
  parameterMap: (value) => [["parameter", value]],
  bodies: (value) => [["body", value]],
  body: (value) => [
    ["mediaType", value.content, ["content"]],
    ["parameter", value.headers, ["headers"]],
  ],
  parameter: (value) => [["mediaType", value.content, ["content"]]],
};

/** The OpenAPI objects (not schemas) inside one visited object. */
function structureChildren(visit: StructureVisit, children: Visit[]): void {
  const groups = STRUCTURE[visit.kind]?.(visit.value as Record<string, unknown>) ?? [];
  for (const [kind, container, keys = []] of groups)
    for (const [name, item] of entries(container))
      children.push({ kind, value: item, path: [...visit.path, ...keys, name] });
}

function entries(value: unknown): [string | number, unknown][] {
  if (Array.isArray(value)) return value.map((item, index) => [index, item]);
  const object = asObject(value);
  return object ? Object.entries(object) : [];
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return isPlainObject(value) ? value : undefined;
}
