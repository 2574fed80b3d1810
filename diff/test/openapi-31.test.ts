// The diff on OpenAPI 3.1 (type arrays, "null" branches) and on circular schemas, using small
// inline specs so each case shows the whole input.
import { describe, expect, it } from "vitest";
import type { Json } from "../../test-support/json.ts";
import { diffSpecs } from "../diff-specs.ts";
import { changeRows, diffFiles } from "./diff-files.ts";

function spec(version: "3.0.3" | "3.1.0", thing: Json, limitSchema: Json = { type: "integer" }): Json {
  return {
    openapi: version,
    info: { title: "things", version: "1" },
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          parameters: [{ name: "limit", in: "query", schema: limitSchema }],
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/thing" } } },
            },
          },
        },
      },
    },
    components: { schemas: { thing } },
  };
}

const thing = (overrides: Json = {}): Json => ({
  type: "object",
  required: ["id"],
  properties: {
    id: { type: ["string", "integer"] },
    name: { type: "string" },
    children: { type: "array", items: { $ref: "#/components/schemas/thing" } },
    ...overrides,
  },
});

const THING = "/components/schemas/thing";
const LIMIT = "/paths/~1things/get/parameters/0/schema";

const files = diffFiles();

async function diff(old: Json, now: Json) {
  return changeRows(diffSpecs(await files.load("old", old), await files.load("new", now)));
}

describe("diff on OpenAPI 3.1 and circular schemas", () => {
  it.each([
    ["identical 3.1 specs (circular ref included)", spec("3.1.0", thing()), spec("3.1.0", thing()), []],
    [
      "response type narrowed is safe for readers",
      spec("3.1.0", thing()),
      spec("3.1.0", thing({ id: { type: "string" } })),
      [["safe", "response-type-narrowed", `${THING}/properties/id/type`, `${THING}/properties/id/type`]],
    ],
    [
      "request parameter type narrowed breaks senders",
      spec("3.1.0", thing(), { type: ["integer", "string"] }),
      spec("3.1.0", thing(), { type: "integer" }),
      [["breaking", "request-type-narrowed", `${LIMIT}/type`, `${LIMIT}/type`]],
    ],
    [
      "request parameter number → integer is a narrowing",
      spec("3.1.0", thing(), { type: "number" }),
      spec("3.1.0", thing(), { type: "integer" }),
      [["breaking", "request-type-narrowed", `${LIMIT}/type`, `${LIMIT}/type`]],
    ],
    [
      "type array gains null: response made nullable",
      spec("3.1.0", thing()),
      spec("3.1.0", thing({ name: { type: ["string", "null"] } })),
      [["breaking", "response-property-nullable", `${THING}/properties/name`, `${THING}/properties/name`]],
    ],
    [
      "a change inside a circular schema is reported once",
      spec("3.1.0", thing()),
      spec("3.1.0", { ...thing(), required: [] }),
      [["breaking", "response-property-optional", `${THING}/properties/id`, `${THING}/properties/id`]],
    ],
    [
      "3.0 nullable and 3.1 type-null mean the same",
      spec("3.0.3", thing({ id: { type: "string" }, name: { type: "string", nullable: true } })),
      spec("3.1.0", thing({ id: { type: "string" }, name: { type: ["string", "null"] } })),
      [],
    ],
    [
      "3.0 plain type → 3.1 type-null: made nullable across dialects",
      spec("3.0.3", thing({ id: { type: "string" }, name: { type: "string" } })),
      spec("3.1.0", thing({ id: { type: "string" }, name: { type: ["string", "null"] } })),
      [["breaking", "response-property-nullable", `${THING}/properties/name`, `${THING}/properties/name`]],
    ],
    [
      "3.0 nullable beside the same keyword in 3.1, which the nullable-in-3.1 leniency reads as type-null",
      spec("3.0.3", thing({ id: { type: "string" }, name: { type: "string", nullable: true } })),
      spec("3.1.0", thing({ id: { type: "string" }, name: { type: "string", nullable: true } })),
      [],
    ],
    [
      "3.0 nullable removed: no longer nullable (twin of the above)",
      spec("3.0.3", thing({ id: { type: "string" }, name: { type: "string", nullable: true } })),
      spec("3.1.0", thing({ id: { type: "string" }, name: { type: "string" } })),
      [["safe", "response-property-not-nullable", `${THING}/properties/name`, `${THING}/properties/name`]],
    ],
    [
      "a 3.1 null branch and 3.0 nullable mean the same",
      spec("3.0.3", thing({ id: { type: "string" }, name: { type: "string", nullable: true } })),
      spec("3.1.0", thing({ id: { type: "string" }, name: { type: "string", anyOf: [{ type: "null" }] } })),
      [],
    ],
  ])("%s", async (_name, old, now, want) => {
    expect(await diff(old, now)).toEqual(want);
  });
});

describe("property names that are also Object.prototype members", () => {
  it.each<[string, Json, string[][]]>([
    [
      "a property named constructor removed is reported",
      thing({ id: { type: "string" } }),
      [["breaking", "response-property-removed", `${THING}/properties/constructor`, `${THING}/properties`]],
    ],
    [
      "kept, it is no change (twin of the above)",
      thing({ id: { type: "string" }, constructor: { type: "string" } }),
      [],
    ],
  ])("%s", async (_name, newThing, want) => {
    const old = spec("3.1.0", thing({ id: { type: "string" }, constructor: { type: "string" } }));
    expect(await diff(old, spec("3.1.0", newThing))).toEqual(want);
  });

  it("child() reads own properties only and escapes pointer tokens", async () => {
    const { child } = await import("../located-schema.ts");
    expect(child({ pointer: "", value: { properties: {} } }, "properties", "constructor")).toEqual({
      pointer: "/properties/constructor",
      value: undefined,
    });
    expect(child({ pointer: "", value: { properties: { "a/b": 1 } } }, "properties", "a/b")).toEqual({
      pointer: "/properties/a~1b",
      value: 1,
    });
  });
});
