// The schema places of a document, as every resolve step reads them: found by the document's
// structure and then by schema keywords, in document order, each object visited once.
import { describe, expect, it } from "vitest";
import { schemaSlots } from "../resolve/schema-slots.ts";

const pointers = (document: unknown) => schemaSlots(document).map((slot) => `/${slot.path.join("/")}`);

describe("schemaSlots", () => {
  const shared = { type: "string" };
  it.each([
    { given: "not an object", document: [1], want: [] },
    {
      given: "a component with every kind of subschema keyword, in key order",
      document: {
        components: {
          schemas: {
            A: {
              properties: { b: { type: "string" } },
              items: { $ref: "#/x" },
              allOf: [{ type: "object" }, { not: {} }],
            },
          },
        },
      },
      want: [
        "/components/schemas/A",
        "/components/schemas/A/properties/b",
        "/components/schemas/A/items",
        "/components/schemas/A/allOf/0",
        "/components/schemas/A/allOf/1",
        "/components/schemas/A/allOf/1/not",
      ],
    },
    {
      given: "an operation's parameter, body and response, paths before components",
      document: {
        components: { parameters: { P: { schema: { type: "integer" } } } },
        paths: {
          "/a": {
            parameters: [{ schema: { type: "string" } }],
            post: {
              requestBody: { content: { "application/json": { schema: { type: "object" } } } },
              responses: { "200": { content: { "text/plain": { schema: { type: "string" } } } } },
            },
          },
        },
      },
      want: [
        "/paths//a/parameters/0/schema",
        "/paths//a/post/requestBody/content/application/json/schema",
        "/paths//a/post/responses/200/content/text/plain/schema",
        "/components/parameters/P/schema",
      ],
    },
    {
      given: "an example whose data looks like a schema, and a list keyword that is not a list",
      document: {
        components: { schemas: { A: { example: { properties: { x: {} } }, anyOf: { x: {} }, properties: [{}] } } },
      },
      want: ["/components/schemas/A"],
    },
    {
      given: "one object at two places (a YAML alias): its subschemas once",
      document: { components: { schemas: { A: { items: shared }, B: { items: shared } } } },
      want: [
        "/components/schemas/A",
        "/components/schemas/B",
        "/components/schemas/A/items",
        "/components/schemas/B/items",
      ],
    },
  ])("$given", ({ document, want }) => {
    expect(pointers(document)).toEqual(want);
  });

  it("gives each slot the object that holds it and the key there", () => {
    const list = [{ type: "null" }];
    const [, slot] = schemaSlots({ components: { schemas: { A: { oneOf: list } } } });
    expect(slot?.holder).toBe(list);
    expect(slot?.key).toBe(0);
    expect(slot?.value).toBe(list[0]);
  });

  it("skips a hole of a sparse list, which holds no schema", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    const document = { components: { schemas: { A: { anyOf: [{}, , {}] } } } };
    expect(pointers(document)).toEqual([
      "/components/schemas/A",
      "/components/schemas/A/anyOf/0",
      "/components/schemas/A/anyOf/2",
    ]);
  });

  it("makes a slot's path when it is read, from its parents, deeply nested or not", () => {
    let schema: Record<string, unknown> = { type: "string" };
    for (let depth = 0; depth < 50_000; depth++) schema = { properties: { p: schema } };
    const slots = schemaSlots({ components: { schemas: { Deep: schema } } });
    const deepest = slots.at(-1)!;
    expect(deepest.path.length).toBe(3 + 2 * 50_000);
    expect(deepest.path.slice(0, 5)).toEqual(["components", "schemas", "Deep", "properties", "p"]);
    expect(slots[1]!.path).toEqual(["components", "schemas", "Deep", "properties", "p"]);
  });
});
