// The leniency rules one by one: given a schema, want which rule applies where (and a negative twin
// for each), and what its rewrite turns the schema into before anything else reads it.
import { describe, expect, it } from "vitest";
import { toPointer } from "../../core/json-pointer.ts";
import { NO_LINES } from "../load/locate-pointer.ts";
import { applyLeniencies, findLeniencies } from "../resolve/apply-leniencies.ts";

describe("findLeniencies: where each rule applies and where it does not", () => {
  const spec = (version: "3.0" | "3.1", schema: unknown) => ({
    openapi: `${version}.0`,
    paths: {},
    components: { schemas: { S: schema } },
  });
  it.each([
    ["type null in 3.0", "3.0", { type: "null" }, ["type-null /components/schemas/S/type"]],
    ["type null in 3.1 is valid", "3.1", { type: "null" }, []],
    ["an example that says type null is data", "3.0", { type: "object", example: { type: "null" } }, []],
    ["nullable without type", "3.0", { nullable: true }, ["nullable-without-type /components/schemas/S/nullable"]],
    ["nullable beside anyOf is the usual spelling", "3.0", { anyOf: [{ type: "string" }], nullable: true }, []],
    ["nullable with type", "3.0", { type: "string", nullable: true }, []],
    ["nullable in 3.1", "3.1", { type: "string", nullable: true }, ["nullable-in-3.1 /components/schemas/S/nullable"]],
    ["nullable: false in 3.1 says nothing", "3.1", { type: "string", nullable: false }, []],
    ["annotations beside $ref", "3.0", { $ref: "#/x", description: "d", "x-y": 1 }, []],
    ["keywords beside $ref", "3.0", { $ref: "#/x", maxLength: 3 }, ["ref-siblings /components/schemas/S"]],
    ["keywords beside $ref are valid in 3.1", "3.1", { $ref: "#/x", maxLength: 3 }, []],
    ["$id beside a local $ref", "3.1", { $id: "i", $ref: "#/x" }, ["id-beside-ref /components/schemas/S/$id"]],
    ["$id beside a remote $ref", "3.1", { $id: "i", $ref: "other.json#/x" }, []],
    [
      "additionalProperties false beside allOf",
      "3.1",
      { allOf: [{ $ref: "#/x" }], additionalProperties: false },
      ["additional-properties-beside-all-of /components/schemas/S/additionalProperties"],
    ],
    ["additionalProperties false alone", "3.1", { properties: {}, additionalProperties: false }, []],
    [
      "a nested property",
      "3.0",
      { properties: { a: { items: { type: "null" } } } },
      ["type-null /components/schemas/S/properties/a/items/type"],
    ],
  ] as const)("%s", (_name, version, schema, want) => {
    const found = findLeniencies(spec(version, schema), version);
    expect(
      found.map(
        (leniency) =>
          `${leniency.rule} ${toPointer([...leniency.schemaPath, ...(leniency.keyword ? [leniency.keyword] : [])])}`,
      ),
    ).toEqual(want);
  });
});

describe("the rewrites: what each construct becomes before anything else reads it", () => {
  const source = { path: "spec.json", text: "", format: "json" as const, data: {}, locate: NO_LINES };
  const rewritten = (version: "3.0" | "3.1", schema: unknown) => {
    const document = { openapi: `${version}.0`, paths: {}, components: { schemas: { S: schema } } };
    const { document: result } = applyLeniencies(document, source, version, false);
    return (result as { components: { schemas: { S: unknown } } }).components.schemas.S;
  };
  it.each([
    ["3.0", "type null", { type: "null", description: "d" }, { description: "d", nullable: true, enum: [null] }],
    [
      "3.0",
      "keywords beside $ref",
      { $ref: "#/x", nullable: true, description: "d" },
      { $ref: "#/x", description: "d" },
    ],
    ["3.1", "$id beside $ref", { $id: "i", $ref: "#/x" }, { $ref: "#/x" }],
    ["3.1", "nullable with a type", { type: "string", nullable: true }, { type: ["string", "null"] }],
    [
      "3.1",
      "nullable with a type list",
      { type: ["string", "integer"], nullable: true },
      { type: ["string", "integer", "null"] },
    ],
    [
      "3.1",
      "nullable enum",
      { type: "string", enum: ["a"], nullable: true },
      { type: ["string", "null"], enum: ["a", null] },
    ],
    [
      "3.1",
      "nullable without a type",
      { allOf: [{ $ref: "#/x" }], description: "d", nullable: true },
      { description: "d", anyOf: [{ allOf: [{ $ref: "#/x" }] }, { type: "null" }] },
    ],
  ] as const)("%s %s", (version, _name, schema, want) => {
    expect(rewritten(version, schema)).toEqual(want);
  });

  it("leaves the given document as it was", () => {
    const document = { openapi: "3.0.0", paths: {}, components: { schemas: { S: { type: "null" } } } };
    applyLeniencies(document, source, "3.0", false);
    expect(document.components.schemas.S).toEqual({ type: "null" });
  });
});
