// Given a Schema Object, want the TypeScript type it becomes, printed (openapi-typescript-style example table).
import { describe, expect, it } from "vitest";
import { printDocs, printType } from "../emit/code/print-type.ts";
import { type TypeContext, schemaToType as toTypeNode } from "../emit/types/schema-to-type.ts";
import { docLines } from "../emit/types/tsdoc.ts";
import type { SchemaDialect } from "../model/schema-facets.ts";

/** The printed type, at the top level of a declaration. */
function schemaToType(schema: Parameters<typeof toTypeNode>[0], context: TypeContext): string {
  return printType(toTypeNode(schema, context), 0);
}

const components: Record<string, string> = {
  "#/components/schemas/range_query_specs": "RangeQuerySpecs",
  "#/components/schemas/event": "Event",
};

function context(dialect: SchemaDialect, resolve: Record<string, unknown> = {}): TypeContext {
  return {
    namedRef: (ref) => components[ref],
    resolveRef: (ref) => resolve[ref] as never,
    dialect,
    file: "spec.yml",
    depth: 0,
    inlining: new Set(),
  };
}

describe("schemaToType (OpenAPI 3.0)", () => {
  it.each([
    ["string", { type: "string" }, "string"],
    ["integer", { type: "integer" }, "number"],
    ["unix-time stays number", { type: "integer", format: "unix-time" }, "number"],
    ["nullable with type", { type: "string", nullable: true }, "string | null"],
    ["nullable anyOf", { anyOf: [{ $ref: "#/components/schemas/event" }], nullable: true }, "Event | null"],
    [
      "anyOf → union",
      { anyOf: [{ $ref: "#/components/schemas/range_query_specs" }, { type: "integer" }] },
      "RangeQuerySpecs | number",
    ],
    ["oneOf → union", { oneOf: [{ type: "string" }, { type: "boolean" }] }, "string | boolean"],
    [
      "allOf → intersection",
      {
        allOf: [
          { $ref: "#/components/schemas/event" },
          { type: "object", properties: { x: { type: "string" } }, required: ["x"] },
        ],
      },
      "Event & {\n  x: string;\n}",
    ],
    ["enum → literal union", { type: "string", enum: ["a", "b"] }, '"a" | "b"'],
    ["nullable enum", { type: "string", enum: ["a"], nullable: true }, '"a" | null'],
    ["enum with quotes and newline", { enum: ['say "hi"', "two\nlines"] }, '"say \\"hi\\"" | "two\\nlines"'],
    [
      "array of union is parenthesised",
      { type: "array", items: { anyOf: [{ type: "string" }, { type: "integer" }] } },
      "(string | number)[]",
    ],
    ["free-form object", { type: "object" }, "{\n  [key: string]: unknown;\n}"],
    ["closed empty object", { type: "object", additionalProperties: false }, "Record<string, never>"],
    ["map of strings", { type: "object", additionalProperties: { type: "string" } }, "{\n  [key: string]: string;\n}"],
    [
      "declared properties beside typed extras intersect",
      { type: "object", properties: { a: { type: "integer" } }, additionalProperties: { type: "string" } },
      "{\n  a?: number;\n} & {\n  [key: string]: string;\n}",
    ],
    [
      "declared properties beside free extras",
      { type: "object", properties: { a: { type: "integer" } }, additionalProperties: true },
      "{\n  a?: number;\n  [key: string]: unknown;\n}",
    ],
    [
      "non-identifier keys are quoted",
      { type: "object", properties: { "a-b": { type: "string" }, class: { type: "string" } }, required: ["class"] },
      '{\n  "a-b"?: string;\n  class: string;\n}',
    ],
    ["boolean schema true", true, "unknown"],
    ["boolean schema false", false, "never"],
    ["empty schema", {}, "unknown"],
    ["const", { const: "event" }, '"event"'],
    ["enum values holding | & and */ stay literals", { enum: ["a|b", "c & d", "*/"] }, '"a|b" | "c & d" | "*/"'],
    [
      "nullable union is parenthesised",
      { anyOf: [{ type: "string" }, { type: "integer" }], nullable: true },
      "(string | number) | null",
    ],
    [
      "intersection inside a union is parenthesised",
      {
        anyOf: [
          { allOf: [{ $ref: "#/components/schemas/event" }, { $ref: "#/components/schemas/range_query_specs" }] },
          { type: "string" },
        ],
      },
      "(Event & RangeQuerySpecs) | string",
    ],
    [
      "allOf of one union keeps its parentheses",
      { allOf: [{ anyOf: [{ type: "string" }, { type: "integer" }] }] },
      "(string | number)",
    ],
    ["allOf of one ref has none", { allOf: [{ $ref: "#/components/schemas/event" }] }, "Event"],
    ["allOf leaves unknown members out", { allOf: [{}, { $ref: "#/components/schemas/event" }] }, "Event"],
    ["repeated anyOf members appear once", { anyOf: [{ type: "string" }, { type: "string" }] }, "string"],
    ["unknown absorbs an anyOf", { anyOf: [{ type: "string" }, {}] }, "unknown"],
    [
      "docs of nested properties are comments at their level",
      {
        type: "object",
        properties: { a: { type: "object", properties: { b: { type: "string", description: "x */ y" } } } },
      },
      "{\n  a?: {\n    /** x *\\/ y */\n    b?: string;\n  };\n}",
    ],
  ])("%s", (_name, schema, want) => {
    expect(schemaToType(schema as never, context("3.0"))).toBe(want);
  });

  it("does not treat `nullable` as a keyword outside OpenAPI 3.0", () => {
    expect(schemaToType({ type: "string", nullable: true }, context("3.1"))).toBe("string");
  });
});

describe("schemaToType (OpenAPI 3.1 / JSON Schema)", () => {
  it.each([
    ["type array with null", { type: ["string", "null"] }, "string | null"],
    ["type array", { type: ["string", "integer"] }, "string | number"],
    [
      "prefixItems",
      { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: false },
      "[string, number]",
    ],
    ["prefixItems with open rest", { type: "array", prefixItems: [{ type: "string" }] }, "[string, ...unknown[]]"],
    ["type null alone", { type: "null" }, "null"],
    ["type list of null only", { type: ["null"] }, "null"],
    ["null in the type list counts in any dialect", { type: ["integer", "null"], nullable: false }, "number | null"],
  ])("%s", (_name, schema, want) => {
    expect(schemaToType(schema as never, context("3.1"))).toBe(want);
  });

  it("inlines a non-component ref and stops at a cycle", () => {
    const resolve = { "#/$defs/node": { type: "object", properties: { next: { $ref: "#/$defs/node" } } } };
    expect(schemaToType({ $ref: "#/$defs/node" }, context("3.1", resolve))).toBe("{\n  next?: unknown;\n}");
  });
});

describe("titled inline schemas", () => {
  it("are named by their title, once per shape, but never replace the schema being declared", () => {
    const seen: string[] = [];
    const base = context("3.0");
    const range = { title: "range_query_specs", type: "object", properties: { gt: { type: "integer" } } };
    const withNames: TypeContext = {
      ...base,
      nameTitled: (schema) => {
        seen.push(String(schema.title));
        return "RangeQuerySpecs";
      },
    };
    expect(schemaToType({ anyOf: [range, { type: "integer" }] }, withNames)).toBe("RangeQuerySpecs | number");
    expect(schemaToType(range, { ...withNames, root: range })).toBe("{\n  gt?: number;\n}");
    expect(seen).toEqual(["range_query_specs"]);
  });
});

describe("TSDoc", () => {
  it.each([
    [
      "closing comment is escaped",
      { description: "a */ export const pwned = 1; /* b" },
      "/** a *\\/ export const pwned = 1; /* b */\n",
    ],
    [
      "unix-time is documented",
      { format: "unix-time" },
      "/**\n * Unix time: seconds since 1970-01-01T00:00:00Z.\n * @format unix-time\n */\n",
    ],
    ["CRLF and control characters", { description: "a\r\nb\u0001c" }, "/**\n * a\n * bc\n */\n"],
    ["nothing to say", {}, ""],
  ])("%s", (_name, schema, want) => {
    expect(printDocs(docLines(schema), 0)).toBe(want);
  });
});
