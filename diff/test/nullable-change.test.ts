// Given two schemas and the dialect of each side's document, want the nullability change the diff
// reports: each side is read in its own dialect (model/schema-facets.ts allowsNull), so `nullable`
// counts in a 3.0 document only, and a 3.0 `nullable` equals a 3.1 or JSON Schema "null" type.
import { describe, expect, it } from "vitest";
import type { SchemaDialect } from "../../generator/model/schema-facets.ts";
import { nullableChange } from "../schema-facets.ts";

type Schema = Record<string, unknown>;
const NULLABLE_30: Schema = { type: "string", nullable: true };
const NULL_TYPE: Schema = { type: ["string", "null"] };
const PLAIN: Schema = { type: "string" };
const NULL_BRANCH: Schema = { anyOf: [{ $ref: "#/$defs/name" }, { type: "null" }] };

describe("nullableChange reads each side in its own dialect", () => {
  it.each<[string, Schema, SchemaDialect, Schema, SchemaDialect, string | undefined]>([
    ["3.0 nullable → 3.1 null type: the same", NULLABLE_30, "3.0", NULL_TYPE, "3.1", undefined],
    ["3.1 null type → 3.0 nullable: the same", NULL_TYPE, "3.1", NULLABLE_30, "3.0", undefined],
    ["3.0 nullable → JSON Schema null type: the same", NULLABLE_30, "3.0", NULL_TYPE, "json-schema", undefined],
    ["3.0 nullable → 3.1 null branch: the same", NULLABLE_30, "3.0", NULL_BRANCH, "3.1", undefined],
    [
      "3.0 nullable → the same keyword in 3.1, where it means nothing",
      NULLABLE_30,
      "3.0",
      NULLABLE_30,
      "3.1",
      "narrowed",
    ],
    ["the same keyword in 3.1 → 3.0 nullable", NULLABLE_30, "3.1", NULLABLE_30, "3.0", "widened"],
    ["3.0 nullable in both (twin of the two above)", NULLABLE_30, "3.0", NULLABLE_30, "3.0", undefined],
    ["JSON Schema: nullable added is no change", PLAIN, "json-schema", NULLABLE_30, "json-schema", undefined],
    ["3.0: nullable added is a widening (twin of the above)", PLAIN, "3.0", NULLABLE_30, "3.0", "widened"],
    ["3.0 plain → 3.1 null type: widened", PLAIN, "3.0", NULL_TYPE, "3.1", "widened"],
    ["3.1 null type → 3.0 plain: narrowed", NULL_TYPE, "3.1", PLAIN, "3.0", "narrowed"],
  ])("%s", (_name, before, oldDialect, after, newDialect, want) => {
    expect(nullableChange(before, after, { old: oldDialect, newer: newDialect })?.shift).toBe(want);
  });
});
