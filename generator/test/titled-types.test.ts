// emit/titled-types.ts: a titled inline shape gets one name per shape; another shape with the same
// title gets a suffixed name; names are claimed in the order shapes are first seen.
import { describe, expect, it } from "vitest";
import type { Declaration } from "../emit/code/declaration.ts";
import { createTitledTypes } from "../emit/titled-types.ts";
import type { TypeContext } from "../emit/types/schema-to-type.ts";
import type { SchemaObject } from "../model/api-model.ts";
import { NameRegistry } from "../model/names.ts";

const context = {} as TypeContext;
const range = (bound: string): SchemaObject => ({
  title: "range_query_specs",
  type: "object",
  properties: { [bound]: { type: "integer" } },
});

/** The names given to `schemas` in turn, and the names declared, in order. */
function named(schemas: readonly SchemaObject[], reserved: readonly string[] = []) {
  const declare = (name: string): Declaration => ({
    kind: "typeAlias",
    name,
    exported: true,
    type: { kind: "keyword", name: "unknown" },
  });
  const titled = createTitledTypes(new NameRegistry(reserved), declare);
  const names = schemas.map((schema) => titled.name(schema, context));
  const declared = titled.declarations().map((declaration) => ("name" in declaration ? declaration.name : ""));
  return { names, declared };
}

describe("titled inline shapes", () => {
  it.each([
    {
      given: "two objects of one shape",
      schemas: [range("gt"), range("gt")],
      want: { names: ["RangeQuerySpecs", "RangeQuerySpecs"], declared: ["RangeQuerySpecs"] },
    },
    {
      given: "two shapes of one title",
      schemas: [range("gt"), range("lt"), range("gt")],
      want: {
        names: ["RangeQuerySpecs", "RangeQuerySpecs2", "RangeQuerySpecs"],
        declared: ["RangeQuerySpecs", "RangeQuerySpecs2"],
      },
    },
    {
      given: "the shape seen second is suffixed, whichever it is",
      schemas: [range("lt"), range("gt")],
      want: { names: ["RangeQuerySpecs", "RangeQuerySpecs2"], declared: ["RangeQuerySpecs", "RangeQuerySpecs2"] },
    },
    {
      given: "a titled string (not worth a name)",
      schemas: [{ title: "range_query_specs", type: "string" }],
      want: { names: [undefined], declared: [] },
    },
    {
      given: "two titles",
      schemas: [range("gt"), { title: "metadata", type: "object" }],
      want: { names: ["RangeQuerySpecs", "Metadata"], declared: ["RangeQuerySpecs", "Metadata"] },
    },
  ])("$given", ({ schemas, want }) => {
    expect(named(schemas)).toEqual(want);
  });

  it("one object is one shape, seen again", () => {
    const shape = range("gt");
    expect(named([shape, shape]).declared).toEqual(["RangeQuerySpecs"]);
  });

  it("a name reserved elsewhere is not taken", () => {
    expect(named([range("gt")], ["RangeQuerySpecs"]).names).toEqual(["RangeQuerySpecs2"]);
  });
});
