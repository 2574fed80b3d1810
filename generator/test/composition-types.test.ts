// Given a composed schema, want the type JSON Schema means (and openapi-typescript writes): a
// `required` beside `allOf` merged into the member that declares each name; an object schema that
// only composes others adds nothing; `items` without `type: array` constrains nothing else.
import { describe, expect, it } from "vitest";
import { printType } from "../emit/code/print-type.ts";
import { schemaToType, type TypeContext } from "../emit/types/schema-to-type.ts";
import type { SchemaDialect } from "../model/schema-facets.ts";

const COMPONENTS: Record<string, { name: string; schema: unknown }> = {
  "#/components/schemas/OptionalLink": {
    name: "OptionalLink",
    schema: { type: "object", properties: { href: { type: "string" }, rel: { type: "string" } } },
  },
  "#/components/schemas/Titled": {
    name: "Titled",
    schema: { allOf: [{ $ref: "#/components/schemas/OptionalLink" }, { properties: { extra: { type: "integer" } } }] },
  },
  "#/components/schemas/Batch": { name: "Batch", schema: { type: "object", properties: { id: { type: "string" } } } },
};

function typeOf(schema: unknown, dialect: SchemaDialect = "3.0"): string {
  const context: TypeContext = {
    namedRef: (ref) => COMPONENTS[ref]?.name,
    resolveRef: (ref) => COMPONENTS[ref]?.schema as never,
    dialect,
    file: "spec.yml",
    depth: 0,
    inlining: new Set(),
  };
  return printType(schemaToType(schema as never, context), 0);
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("required beside allOf", () => {
  it.each([
    [
      "the issue's example: an inline member takes the name",
      { required: ["id"], allOf: [{ type: "object", properties: { id: { type: "string" } } }] },
      "{\n  id: string;\n}",
    ],
    [
      "a $ref member is required with Pick",
      { required: ["href"], allOf: [ref("OptionalLink")] },
      'OptionalLink & Required<Pick<OptionalLink, "href">>',
    ],
    [
      "a name the member declares through its own allOf",
      { required: ["href", "extra"], allOf: [ref("Titled")] },
      'Titled & Required<Pick<Titled, "href" | "extra">>',
    ],
    [
      "each name goes to the first member that declares it",
      { required: ["id", "href"], allOf: [ref("OptionalLink"), { properties: { id: { type: "string" } } }] },
      'OptionalLink & Required<Pick<OptionalLink, "href">> & {\n  id: string;\n}',
    ],
    [
      "a name no member declares is still required, with any value",
      { required: ["id", "nowhere"], allOf: [ref("Batch")] },
      'Batch & Required<Pick<Batch, "id">> & {\n  nowhere: unknown;\n}',
    ],
    [
      "a name the sibling properties declare is typed there",
      { type: "object", required: ["own"], properties: { own: { type: "string" } }, allOf: [ref("Batch")] },
      "Batch & {\n  own: string;\n}",
    ],
    ["no sibling required: the members as they are", { allOf: [ref("Batch")] }, "Batch"],
  ])("%s", (_name, schema, want) => {
    expect(typeOf(schema)).toBe(want);
  });
});

describe("an object schema that only composes others adds nothing", () => {
  it.each([
    ["type: object beside allOf", { type: "object", allOf: [ref("Batch")] }, "Batch"],
    [
      "additionalProperties: false beside allOf (read as unevaluatedProperties)",
      { additionalProperties: false, allOf: [ref("Batch")] },
      "Batch",
    ],
    [
      "additionalProperties: true beside anyOf allows what is allowed anyway",
      { anyOf: [{ type: "string" }, ref("Batch")], additionalProperties: true },
      "string | Batch",
    ],
    [
      "additionalProperties: true beside allOf keeps its index signature (as openapi-typescript)",
      { allOf: [ref("Batch")], additionalProperties: true },
      "Batch & {\n  [key: string]: unknown;\n}",
    ],
    [
      "additionalProperties: false with no allOf still closes the object",
      { type: "object", additionalProperties: false },
      "Record<string, never>",
    ],
  ])("%s", (_name, schema, want) => {
    expect(typeOf(schema)).toBe(want);
  });

  it("a JSON Schema document's additionalProperties: false beside allOf means what it says", () => {
    expect(typeOf({ additionalProperties: false, allOf: [ref("Batch")] }, "json-schema")).toBe(
      "Batch & Record<string, never>",
    );
  });
});

describe("items without type: array", () => {
  it.each([
    ["constrains arrays only, so any value", { items: ref("Batch") }, "unknown"],
    ["with type: array it is an array", { type: "array", items: ref("Batch") }, "Batch[]"],
  ])("%s", (_name, schema, want) => {
    expect(typeOf(schema)).toBe(want);
  });
});
