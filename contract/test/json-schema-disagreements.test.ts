// The supplied JSON Schema 2020-12 event and the (repaired) OpenAPI `event` describe the same
// payload. This pins every point where they disagree; the README shows the same list.
import { describe, expect, it } from "vitest";
import type { SchemaDialect } from "../../generator/model/schema-facets.ts";
import { SPEC_FILES } from "../../test-support/repo.ts";
import { loadSpec, repairedV1Spec } from "../../test-support/specs.ts";
import { schemaDisagreements } from "../schema-disagreements.ts";

async function eventSchemas() {
  const repaired = await repairedV1Spec();
  const jsonSchema = loadSpec(SPEC_FILES.eventJsonSchema);
  return {
    openapi: { schema: repaired.components.schemas.event, document: repaired, dialect: "3.0" as const },
    jsonSchema: { schema: jsonSchema, document: jsonSchema, dialect: "json-schema" as const },
  };
}

describe("OpenAPI event vs stripe-event.json", () => {
  it("disagree at exactly these points", async () => {
    const { openapi, jsonSchema } = await eventSchemas();
    const rows = schemaDisagreements(openapi, jsonSchema).map(
      ({ pointer, keyword, left, right }) => `${pointer || "/"} ${keyword}: OpenAPI ${left}, JSON Schema ${right}`,
    );
    expect(rows).toEqual([
      "/account maxLength: OpenAPI 5000, JSON Schema (none)",
      "/api_version required: OpenAPI optional, JSON Schema required",
      "/api_version maxLength: OpenAPI 5000, JSON Schema (none)",
      '/created format: OpenAPI "unix-time", JSON Schema (none)',
      '/id pattern: OpenAPI (none), JSON Schema "^evt_"',
      "/id maxLength: OpenAPI 5000, JSON Schema (none)",
      "/request/id maxLength: OpenAPI 5000, JSON Schema (none)",
      "/request/idempotency_key maxLength: OpenAPI 5000, JSON Schema (none)",
      "/type maxLength: OpenAPI 5000, JSON Schema (none)",
    ]);
  });

  it("reports nothing for a schema compared with itself", async () => {
    const { jsonSchema } = await eventSchemas();
    expect(schemaDisagreements(jsonSchema, jsonSchema)).toEqual([]);
  });

  it("notices a type change (negative twin)", async () => {
    const { jsonSchema } = await eventSchemas();
    const edited = structuredClone(jsonSchema.schema) as { properties: { livemode: { type: string } } };
    edited.properties.livemode.type = "string";
    expect(schemaDisagreements(jsonSchema, { schema: edited, document: edited, dialect: "json-schema" })).toEqual([
      { pointer: "/livemode", keyword: "type", left: "boolean", right: "string" },
    ]);
  });
});

describe("recursive schemas", () => {
  it("are compared without looping forever", () => {
    const document = {
      $defs: { node: { type: "object", properties: { next: { $ref: "#/$defs/node" }, name: { type: "string" } } } },
    };
    const other = structuredClone(document);
    other.$defs.node.properties.name.type = "integer";
    expect(
      schemaDisagreements(
        { schema: { $ref: "#/$defs/node" }, document, dialect: "json-schema" },
        { schema: { $ref: "#/$defs/node" }, document: other, dialect: "json-schema" },
      ),
    ).toEqual([{ pointer: "/name", keyword: "type", left: "string", right: "integer" }]);
  });
});

describe("nullability, each side read in its own dialect", () => {
  const side = (schema: Record<string, unknown>, dialect: SchemaDialect) => ({ schema, document: schema, dialect });
  const NULLABLE = { type: "string", nullable: true };
  const NULL_TYPE = { type: ["string", "null"] };
  const PLAIN = { type: "string" };
  it.each<[string, ReturnType<typeof side>, ReturnType<typeof side>, [string, string] | undefined]>([
    [
      "3.0 nullable and a JSON Schema null type agree",
      side(NULLABLE, "3.0"),
      side(NULL_TYPE, "json-schema"),
      undefined,
    ],
    ["3.0 nullable and a 3.1 null type agree", side(NULLABLE, "3.0"), side(NULL_TYPE, "3.1"), undefined],
    [
      "3.0 nullable and a 3.1 null branch agree",
      side(NULLABLE, "3.0"),
      side({ anyOf: [PLAIN, { type: "null" }] }, "3.1"),
      undefined,
    ],
    [
      "nullable means nothing in JSON Schema",
      side(NULLABLE, "3.0"),
      side(NULLABLE, "json-schema"),
      ["null | string", "string"],
    ],
    ["3.0 nullable in both (twin of the above)", side(NULLABLE, "3.0"), side(NULLABLE, "3.0"), undefined],
    [
      "3.0 plain and a JSON Schema null type disagree",
      side(PLAIN, "3.0"),
      side(NULL_TYPE, "json-schema"),
      ["string", "null | string"],
    ],
  ])("%s", (_name, left, right, want) => {
    const types = want === undefined ? [] : [{ pointer: "", keyword: "type", left: want[0], right: want[1] }];
    expect(schemaDisagreements(left, right)).toEqual(types);
  });
});
