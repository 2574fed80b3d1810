// Type expressions of generated code, as data. The per-kind transformers (types/*-type.ts) build
// them and print-type.ts prints them once, choosing parentheses from the structure: nothing here is
// text that is scanned again.

export type KeywordName = "unknown" | "never" | "string" | "number" | "boolean" | "null" | "undefined";

/** One member of an object type or interface: a property or the `[key: string]` index signature. */
export type TypeMember =
  | {
      readonly kind: "property";
      /** Source text of the key: an identifier, or a quoted string when it is not one. */
      readonly key: string;
      readonly optional: boolean;
      /** Doc comment lines (unescaped: the printer escapes them). */
      readonly docs: readonly string[];
      readonly type: TypeNode;
    }
  | { readonly kind: "index"; readonly type: TypeNode };

export type TypeNode =
  | { readonly kind: "keyword"; readonly name: KeywordName }
  | { readonly kind: "literal"; readonly value: string | number | boolean }
  | { readonly kind: "reference"; readonly name: string; readonly typeArguments?: readonly TypeNode[] }
  | { readonly kind: "array"; readonly element: TypeNode }
  | { readonly kind: "tuple"; readonly elements: readonly TypeNode[]; readonly rest?: TypeNode }
  | { readonly kind: "union"; readonly members: readonly TypeNode[] }
  /** One member is allowed: `allOf: [x]` keeps x in parentheses when x is a union or intersection. */
  | { readonly kind: "intersection"; readonly members: readonly TypeNode[] }
  | { readonly kind: "object"; readonly members: readonly TypeMember[] }
  | { readonly kind: "indexedAccess"; readonly object: TypeNode; readonly index: TypeNode }
  | { readonly kind: "typeQuery"; readonly name: string }
  /** `keyof T`: the names of T's members. */
  | { readonly kind: "keyof"; readonly type: TypeNode };

export function keyword(name: KeywordName): TypeNode {
  return { kind: "keyword", name };
}

export const UNKNOWN = keyword("unknown");
export const NEVER = keyword("never");

/** A property of an object type; `key` is source text (see TypeMember), `docs` unescaped. */
export function property(key: string, type: TypeNode, optional = false, docs: readonly string[] = []): TypeMember {
  return { kind: "property", key, optional, docs, type };
}

export function objectOf(members: readonly TypeMember[]): TypeNode {
  return { kind: "object", members };
}

export function isKeyword(node: TypeNode, name: KeywordName): boolean {
  return node.kind === "keyword" && node.name === name;
}

export function reference(name: string, typeArguments?: readonly TypeNode[]): TypeNode {
  return typeArguments ? { kind: "reference", name, typeArguments } : { kind: "reference", name };
}

/** `object[index]`. */
export function indexedAccess(object: TypeNode, index: TypeNode): TypeNode {
  return { kind: "indexedAccess", object, index };
}

/**
 * The literal type of a JSON value; unknown for objects and arrays, which have none. A number JSON
 * cannot spell (YAML's .inf or .nan) reads as null, as JSON.stringify writes it.
 */
export function literal(value: unknown): TypeNode {
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) return keyword("null");
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return { kind: "literal", value };
  return UNKNOWN;
}

/** A union without repeated members; unknown absorbs the rest, no members is never. */
export function unionOf(members: readonly TypeNode[]): TypeNode {
  if (members.some((member) => isKeyword(member, "unknown"))) return UNKNOWN;
  // A structure can only repeat another structure: with one, it needs no key (most unions are
  // `T | null`, and serialising a large object type for each was most of their cost).
  const leafKeys = members.map(leafKey);
  const structures = leafKeys.filter((key) => key === undefined).length;
  const unique = new Map<string, TypeNode>();
  members.forEach((member, index) => {
    unique.set(leafKeys[index] ?? (structures > 1 ? JSON.stringify(member) : "{"), member);
  });
  if (unique.size <= 1) return unique.values().next().value ?? NEVER;
  return { kind: "union", members: [...unique.values()] };
}

/** `A & B`; one member stays an intersection only when it must keep its parentheses. */
export function intersectionOf(members: readonly TypeNode[]): TypeNode {
  if (members.length === 1 && !isCompound(members[0]!)) return members[0]!;
  return { kind: "intersection", members };
}

/** A union or intersection of two or more: printed with a top-level `|` or `&`. */
export function isCompound(node: TypeNode): boolean {
  return (node.kind === "union" || node.kind === "intersection") && node.members.length > 1;
}

/**
 * The key of a common leaf, equal for equal leaves; undefined for other nodes, whose key is their
 * JSON text (equal for equal structures: nodes are plain data built with a fixed property order),
 * which starts with "{" as no leaf key does.
 */
function leafKey(node: TypeNode): string | undefined {
  if (node.kind === "keyword") return `keyword:${node.name}`;
  if (node.kind === "literal") return `literal:${JSON.stringify(node.value)}`;
  if (node.kind === "reference" && node.typeArguments === undefined) return `reference:${node.name}`;
  return undefined;
}
