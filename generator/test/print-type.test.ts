// Given a type structure, want the printed TypeScript (given/want tables). Parentheses come from the
// structure, so the literal texts below contain every character a text scan could mistake for syntax.
import { describe, expect, it } from "vitest";
import { printDocs, printType } from "../emit/code/print-type.ts";
import {
  indexedAccess,
  intersectionOf,
  keyword,
  literal,
  objectOf,
  property,
  reference,
  type TypeNode,
  UNKNOWN,
  unionOf,
} from "../emit/code/type-node.ts";

const A = reference("A");
const B = reference("B");
const C = reference("C");
const STRING = keyword("string");
const union = (...members: TypeNode[]): TypeNode => ({ kind: "union", members });
const intersection = (...members: TypeNode[]): TypeNode => ({ kind: "intersection", members });

describe("printType", () => {
  it.each<[string, TypeNode, string]>([
    ["keyword", keyword("never"), "never"],
    ["string literal with | & */ quotes and a newline", literal('a | b & "c" */\nd'), '"a | b & \\"c\\" */\\nd"'],
    ["number literal", literal(-1.5), "-1.5"],
    ["reference with type arguments", reference("Record", [STRING, keyword("never")]), "Record<string, never>"],
    ["array of a reference", { kind: "array", element: A }, "A[]"],
    ["array of a union is parenthesised", { kind: "array", element: union(A, B) }, "(A | B)[]"],
    ["array of an intersection is parenthesised", { kind: "array", element: intersection(A, B) }, "(A & B)[]"],
    ["array of a literal holding | is not", { kind: "array", element: literal("a|b") }, '"a|b"[]'],
    ["intersection inside a union is parenthesised", union(intersection(A, B), C), "(A & B) | C"],
    ["union inside an intersection is parenthesised", intersection(union(A, B), C), "(A | B) & C"],
    ["union inside a union keeps its parentheses", union(union(A, B), keyword("null")), "(A | B) | null"],
    ["one-member intersection of a union stays in parentheses", intersection(union(A, B)), "(A | B)"],
    ["one-member intersection of a reference has none", intersection(A), "A"],
    ["union of a one-member intersection adds none", union(intersection(union(A, B)), C), "(A | B) | C"],
    [
      "tuple: elements bare, rest parenthesised",
      { kind: "tuple", elements: [union(A, B), STRING], rest: union(A, C) },
      "[A | B, string, ...(A | C)[]]",
    ],
    ["closed tuple", { kind: "tuple", elements: [A] }, "[A]"],
    [
      "indexed access of a union",
      indexedAccess(indexedAccess(union(A, B), literal("data")), keyword("number")),
      '(A | B)["data"][number]',
    ],
    ["indexed access of a reference", indexedAccess(A, literal("data")), 'A["data"]'],
    [
      "indexed access of a typeof query",
      indexedAccess({ kind: "typeQuery", name: "x" }, keyword("number")),
      "(typeof x)[number]",
    ],
    [
      "object type: docs, optional, quoted key, index signature",
      objectOf([property("a", STRING, true, ["one line"]), property('"b-c"', A), { kind: "index", type: UNKNOWN }]),
      '{\n  /** one line */\n  a?: string;\n  "b-c": A;\n  [key: string]: unknown;\n}',
    ],
    [
      "nested object types indent one level each, docs included",
      objectOf([property("outer", objectOf([property("inner", STRING, false, ["first", "", "third"])]))]),
      "{\n  outer: {\n    /**\n     * first\n     *\n     * third\n     */\n    inner: string;\n  };\n}",
    ],
    [
      "object types inside a union inside an array",
      { kind: "array", element: union(objectOf([property("a", STRING)]), keyword("null")) },
      "({\n  a: string;\n} | null)[]",
    ],
  ])("%s", (_name, node, want) => {
    expect(printType(node, 0)).toBe(want);
  });

  it("indents object members from the level the type starts at", () => {
    expect(printType(objectOf([property("a", STRING)]), 2)).toBe("{\n      a: string;\n    }");
  });
});

describe("printDocs", () => {
  it.each<[string, string[], string]>([
    ["one line", ["text"], "/** text */\n"],
    ["several lines with a blank one", ["a", "", "b"], "/**\n * a\n *\n * b\n */\n"],
    ["a closing mark in the text is broken up", ["x */ y"], "/** x *\\/ y */\n"],
    ["a control character cannot join * and / into a closing mark", ["x *\u0001/ y"], "/** x *\\/ y */\n"],
    ["* and / apart stay as they are", ["x * / y"], "/** x * / y */\n"],
    ["a newline inside a line starts a new line", ["a\r\nb"], "/**\n * a\n * b\n */\n"],
    ["a lone carriage return starts a new line", ["a\rb"], "/**\n * a\n * b\n */\n"],
    ["a line separator starts a new line", ["a\u2028b"], "/**\n * a\n * b\n */\n"],
    ["control characters are dropped", ["a\u0007b\u007fc"], "/** abc */\n"],
    ["a tab stays", ["a\tb"], "/** a\tb */\n"],
    ["no lines, no comment", [], ""],
  ])("%s", (_name, lines, want) => {
    expect(printDocs(lines, 0)).toBe(want);
  });

  it("indents each line at its level", () => {
    expect(printDocs(["a", "b"], 1)).toBe("  /**\n   * a\n   * b\n   */\n");
  });
});

describe("type structures", () => {
  it.each<[string, TypeNode[], string]>([
    ["a union drops repeated members", [A, B, reference("A")], "A | B"],
    ["unknown absorbs a union", [A, UNKNOWN, B], "unknown"],
    ["a union of nothing is never", [], "never"],
    ["a union of one is that one", [A], "A"],
    [
      "equal object types are one member",
      [objectOf([property("a", STRING)]), objectOf([property("a", STRING)])],
      "{\n  a: string;\n}",
    ],
    [
      "one object type beside leaves keeps its place",
      [keyword("null"), objectOf([property("a", STRING)]), A],
      "null | {\n  a: string;\n} | A",
    ],
    [
      "an object type repeated around a leaf is one member, where it first was",
      [objectOf([property("a", STRING)]), keyword("null"), objectOf([property("a", STRING)])],
      "{\n  a: string;\n} | null",
    ],
    [
      "object types that differ in docs are two",
      [objectOf([property("a", STRING, false, ["x"])]), objectOf([property("a", STRING)])],
      "{\n  /** x */\n  a: string;\n} | {\n  a: string;\n}",
    ],
    ["string and number literals of the same digits differ", [literal("1"), literal(1)], '"1" | 1'],
    ["a boolean literal and its text differ", [literal(true), literal("true"), literal(true)], 'true | "true"'],
    [
      "a keyword and a reference of its name differ",
      [keyword("null"), reference("null"), STRING],
      "null | null | string",
    ],
    [
      "a reference with type arguments is not the bare one",
      [reference("A", [STRING]), A, reference("A", [STRING])],
      "A<string> | A",
    ],
  ])("unionOf: %s", (_name, members, want) => {
    expect(printType(unionOf(members), 0)).toBe(want);
  });

  it.each<[string, unknown, TypeNode]>([
    ["null", null, keyword("null")],
    ["string", "x", { kind: "literal", value: "x" }],
    ["boolean", false, { kind: "literal", value: false }],
    ["object has no literal type", { a: 1 }, UNKNOWN],
    ["a number JSON cannot spell reads as null", Number.POSITIVE_INFINITY, keyword("null")],
  ])("literal: %s", (_name, value, want) => {
    expect(literal(value)).toEqual(want);
  });

  it("intersectionOf keeps one member only when it needs parentheses", () => {
    expect(intersectionOf([A])).toEqual(A);
    expect(intersectionOf([union(A, B)])).toEqual({ kind: "intersection", members: [union(A, B)] });
  });
});
