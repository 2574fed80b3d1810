// The formats a spec uses are counted by the resolve stage from its last walk of the schema places,
// so the unknown-format warnings need no walk of their own; the count must be the one a walk of the
// final document gives, also when leniencies or discriminators made that document a new one.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { tempTree } from "../../test-support/temp-folder.ts";
import { loadProjectConfig } from "../config.ts";
import { loadModel } from "../load-model.ts";
import { formatUsesOf } from "../resolve/format-uses.ts";
import { schemaSlots } from "../resolve/schema-slots.ts";

describe("formatUsesOf", () => {
  it.each([
    { given: "no format", schemas: [[{ type: "string" }, ["a"]]], want: [] },
    {
      given: "one format twice and another once",
      schemas: [
        [{ format: "date" }, ["a"]],
        [{ format: "uuid" }, ["b", 0]],
        [{ format: "date" }, ["c"]],
      ],
      want: [
        ["date", { count: 2, first: "/a/format" }],
        ["uuid", { count: 1, first: "/b/0/format" }],
      ],
    },
    {
      given: "a non-string format and a boolean schema",
      schemas: [
        [{ format: 1 }, ["a"]],
        [true, ["b"]],
      ],
      want: [],
    },
    {
      given: "a path that needs escaping",
      schemas: [[{ format: "x" }, ["a/b", "~"]]],
      want: [["x", { count: 1, first: "/a~1b/~0/format" }]],
    },
  ] as const)("$given", ({ schemas, want }) => {
    const placed = schemas.map(([schema, path]) => [schema, { path }] as const);
    expect([...formatUsesOf(placed)]).toEqual(want);
  });

  it("reads where a schema is only for each format's first use", () => {
    const read: string[] = [];
    const at = (name: string) => ({
      get path() {
        read.push(name);
        return [name];
      },
    });
    const uses = formatUsesOf([
      [{ format: "date" }, at("a")],
      [{ type: "string" }, at("b")],
      [{ format: "date" }, at("c")],
      [{ format: "uuid" }, at("d")],
    ]);
    expect(read).toEqual(["a", "d"]);
    expect(uses.get("date")).toEqual({ count: 2, first: "/a/format" });
  });
});

const spec = (schemas: Record<string, unknown>) =>
  JSON.stringify({ openapi: "3.0.3", info: { title: "t", version: "1" }, paths: {}, components: { schemas } });

const pet = {
  oneOf: [{ $ref: "#/components/schemas/cat" }, { $ref: "#/components/schemas/dog" }],
  discriminator: { propertyName: "kind" },
};
// The discriminator's property is replaced by an enum in the final document: its format goes with it.
const animal = (format: string) => ({
  type: "object",
  properties: { kind: { type: "string", format: "koala" }, born: { type: "string", format } },
});

describe("the resolve stage's count of format uses", () => {
  const root = tempTree({
    "plain.json": spec({ a: { type: "string", format: "date" }, b: { type: "string", format: "koala" } }),
    // lowerDiscriminators returns a new document here, and the leniency (nullable without type) a rewritten copy.
    "rewritten.json": spec({
      pet,
      cat: animal("date"),
      dog: animal("koala"),
      odd: { nullable: true, format: "koala" },
    }),
  });
  const model = (file: string) =>
    loadModel({ ...loadProjectConfig(REPO_ROOT), strict: false, specs: [{ spec: join(root, file) }], jsonSchemas: [] });

  it.each(["plain.json", "rewritten.json"])("%s: equals a walk of the model's document", async (file) => {
    const { specs } = await model(file);
    const counted = specs[0]!.formatUses;
    expect(counted).toBeDefined();
    const places = schemaSlots(specs[0]!.document).map((slot) => [slot.value, slot] as const);
    expect([...counted!]).toEqual([...formatUsesOf(places)]);
    expect(counted!.get("koala")?.count).toBe(file === "plain.json" ? 1 : 2);
  });
});
