// Given a schema (and the dialect of its document), want the types and the null it allows.
import { describe, expect, it } from "vitest";
import {
  allowsNull,
  hasNullableKeyword,
  hasNullBranch,
  isNullSchema,
  nonNullTypes,
  type SchemaDialect,
  typeList,
} from "../model/schema-facets.ts";

describe("typeList and nonNullTypes", () => {
  it.each<[string, Record<string, unknown>, string[], string[] | undefined]>([
    ["one type", { type: "string" }, ["string"], ["string"]],
    ["a list with null", { type: ["integer", "null"] }, ["integer", "null"], ["integer"]],
    ["only null", { type: "null" }, ["null"], []],
    ["no type: any type", {}, [], undefined],
    ["entries that are not strings are ignored", { type: ["string", 1, null] }, ["string"], ["string"]],
    ["a type that is no string or list names none", { type: 5 }, [], []],
  ])("%s", (_name, schema, wantList, wantNonNull) => {
    expect(typeList(schema)).toEqual(wantList);
    const nonNull = nonNullTypes(schema);
    expect(nonNull === undefined ? undefined : [...nonNull]).toEqual(wantNonNull);
  });
});

describe("allowsNull", () => {
  it.each<[string, Record<string, unknown>, SchemaDialect, boolean]>([
    ["3.0 nullable: true", { type: "string", nullable: true }, "3.0", true],
    ["3.0 nullable: false", { type: "string", nullable: false }, "3.0", false],
    ["3.1 ignores nullable, which is no keyword there", { type: "string", nullable: true }, "3.1", false],
    ["JSON Schema ignores nullable", { type: "string", nullable: true }, "json-schema", false],
    ["3.1 null in the type list", { type: ["string", "null"] }, "3.1", true],
    ["null in the type list counts in 3.0 documents too", { type: ["string", "null"] }, "3.0", true],
    ["type null", { type: "null" }, "json-schema", true],
    ["a plain type", { type: "string" }, "3.1", false],
    ["a null branch is the composition's business, not the schema's", { anyOf: [{ type: "null" }] }, "3.1", false],
  ])("%s", (_name, schema, dialect, want) => {
    expect(allowsNull(schema, dialect)).toBe(want);
  });

  it("hasNullableKeyword is the 3.0 keyword alone, not a null type", () => {
    expect(hasNullableKeyword({ nullable: true }, "3.0")).toBe(true);
    expect(hasNullableKeyword({ nullable: true }, "3.1")).toBe(false);
    expect(hasNullableKeyword({ type: ["string", "null"] }, "3.0")).toBe(false);
  });
});

describe("isNullSchema", () => {
  it.each<[string, unknown, boolean]>([
    ["{type: null}", { type: "null" }, true],
    ["with another keyword", { type: "null", description: "none" }, false],
    ["another type", { type: "string" }, false],
    ["not an object", "null", false],
    ["null itself", null, false],
  ])("%s", (_name, value, want) => {
    expect(isNullSchema(value)).toBe(want);
  });
});

describe("hasNullBranch", () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ["anyOf with a null branch", { anyOf: [{ $ref: "#/$defs/a" }, { type: "null" }] }, true],
    ["oneOf with a null branch", { oneOf: [{ type: "null" }, { type: "string" }] }, true],
    ["no null branch", { anyOf: [{ $ref: "#/$defs/a" }, { type: "string" }] }, false],
    [
      "a null branch with more keywords is not the null spelling",
      { anyOf: [{ type: "null", description: "x" }] },
      false,
    ],
    ["allOf is no alternative", { allOf: [{ type: "null" }] }, false],
    ["the schema's own type null is allowsNull's business", { type: "null" }, false],
  ])("%s", (_name, schema, want) => {
    expect(hasNullBranch(schema)).toBe(want);
  });
});
