// The resolve stage checks a spec with only local $refs as written, without dereferencing a copy:
// the OpenAPI schema check of the document as it is, plus a proof that every $ref leads to what its
// place needs. Whatever the proof cannot show goes to swagger-parser's full check, so a spec the
// dereferenced check refuses is never let through, and its errors read as before.
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { repairedV1Spec } from "../../test-support/specs.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { matchesOpenApiSchema } from "../resolve/openapi-schema-check.ts";
import { hasExternalRefs, localRefKeywords } from "../resolve/ref-policy.ts";
import { localRefsAreSound as provedWith } from "../resolve/ref-targets.ts";

const localRefsAreSound = (document: unknown, version: "3.0" | "3.1") =>
  provedWith(document, version, localRefKeywords(document));

/** A valid 3.0 document whose one response schema is `schema` and whose components are extended. */
function spec30(schema: unknown, components: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const ok = { description: "ok", content: { "application/json": { schema } } };
  return {
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {
      "/a": {
        get: { parameters: [{ $ref: "#/components/parameters/p" }], responses: { "200": ok } },
      },
    },
    components: {
      schemas: { A: { type: "object", properties: { self: { $ref: "#/components/schemas/A" } } } },
      parameters: { p: { name: "p", in: "query", schema: { type: "string" } } },
      ...components,
    },
    ...extra,
  };
}

describe("localRefsAreSound: every local $ref proved to lead to what its place needs", () => {
  it.each([
    ["schema $refs to components, one recursive", spec30({ $ref: "#/components/schemas/A" }), true],
    ["a $ref to a schema that is not defined", spec30({ $ref: "#/components/schemas/Missing" }), false],
    ["a schema $ref to a parameter (wrong kind)", spec30({ $ref: "#/components/parameters/p" }), false],
    ["a schema $ref to a parameter's schema", spec30({ $ref: "#/components/parameters/p/schema" }), true],
    ["a schema $ref into an x- extension (never checked)", spec30({ $ref: "#/x-defs/A" }, {}, { "x-defs": {} }), false],
    [
      "a parameter $ref to a schema (wrong kind)",
      spec30({ type: "string" }, { parameters: { p: { $ref: "#/components/schemas/A" } } }),
      false,
    ],
    [
      "a $ref inside example data (free-form in both checks)",
      spec30({ type: "object", example: { $ref: "#/components/parameters/p" } }),
      true,
    ],
    [
      "a cycle of $refs",
      spec30(
        { $ref: "#/components/schemas/B" },
        { schemas: { B: { $ref: "#/components/schemas/C" }, C: { $ref: "#/components/schemas/B" } } },
      ),
      true,
    ],
    ["a $ref with a description beside it", spec30({ $ref: "#/components/schemas/A", description: "d" }), true],
    [
      "a $ref with a sibling that breaks the merged schema",
      spec30({ $ref: "#/components/schemas/A", nullable: "yes" }),
      false,
    ],
    [
      "a $ref with an object beside it (merged deeply)",
      spec30({ $ref: "#/components/schemas/A", properties: {} }),
      false,
    ],
    ["a $ref with an extension list beside it", spec30({ $ref: "#/components/schemas/A", "x-fields": ["self"] }), true],
    ["an $id, which rescopes $refs below it", spec30({ $id: "https://example.com/s", type: "string" }), false],
    ["an anchor-style $ref", spec30({ $ref: "#A" }), false],
    ["a %-escaped $ref", spec30({ $ref: "#/components/schemas/%41" }), false],
  ])("%s → %s", (_name, document, want) => {
    expect(localRefsAreSound(document, "3.0")).toBe(want);
  });

  it("one $ref object at two places (a YAML alias) is left to the full check; the twin with two objects is proved", () => {
    const shared = { $ref: "#/components/schemas/A" };
    const aliased = spec30(shared, {
      schemas: { A: { type: "object" }, B: { type: "object", properties: { a: shared } } },
    });
    expect(localRefsAreSound(aliased, "3.0")).toBe(false);
    const copied = spec30(
      { ...shared },
      { schemas: { A: { type: "object" }, B: { type: "object", properties: { a: { ...shared } } } } },
    );
    expect(localRefsAreSound(copied, "3.0")).toBe(true);
  });

  it("3.1: a webhook $ref to components/pathItems, and its twin to a schema", () => {
    const document = (ref: string) => ({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      webhooks: { hook: { $ref: ref } },
      components: { pathItems: { P: { post: { responses: { "200": { description: "ok" } } } } }, schemas: { S: {} } },
    });
    expect(localRefsAreSound(document("#/components/pathItems/P"), "3.1")).toBe(true);
    expect(localRefsAreSound(document("#/components/schemas/S"), "3.1")).toBe(false);
  });

  it("the supplied v1 spec is proved sound, so it never needs the dereferencing check", async () => {
    expect(localRefsAreSound(await repairedV1Spec(), "3.0")).toBe(true);
  });
});

describe("matchesOpenApiSchema: the document as written, Reference Objects in place", () => {
  it.each([
    ["3.0 with $refs", spec30({ $ref: "#/components/schemas/A" }), "3.0", true],
    ["3.0 with a schema whose type is a number", spec30({ type: 5 }), "3.0", false],
    ["3.1 with a $ref", { ...spec30({ $ref: "#/components/schemas/A" }), openapi: "3.1.0" }, "3.1", true],
    ["3.1 without info", { openapi: "3.1.0", paths: {} }, "3.1", false],
  ] as const)("%s → %s", (_name, document, version, want) => {
    expect(matchesOpenApiSchema(document, version)).toBe(want);
  });
});

describe("generate: a $ref to the wrong kind of object is still refused", () => {
  const folder = tempFolder("resolve-without-dereference");
  afterAll(() => folder.remove());

  it("a response schema that is a $ref to a parameter: the dereferenced check's error, at the parameter", async () => {
    const spec = folder.write("spec.json", spec30({ $ref: "#/components/parameters/p" }));
    const run = await runCli(["generate", "--spec", spec, "--out", folder.at("out")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '(at #/components/parameters/p): must NOT have additional properties (unexpected property "name")',
    );
  });

  it("the twin: a $ref to the parameter's schema generates", async () => {
    const spec = folder.write("ok.json", spec30({ $ref: "#/components/parameters/p/schema" }));
    const run = await runCli(["generate", "--spec", spec, "--out", folder.at("ok-out")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});

describe("hasExternalRefs: whether the validator worker must leave a spec to the bundling main thread", () => {
  // JSON.parse, like the loader: "__proto__" is an own key there.
  const parsed = (value: unknown) => JSON.parse(JSON.stringify(value));
  it.each([
    { given: "only local $refs", document: { a: { $ref: "#/b" }, b: [{ $ref: "#" }] }, want: false },
    {
      given: "a $ref to another file, deep in an array",
      document: { a: [{ b: [{ $ref: "other.yml#/x" }] }] },
      want: true,
    },
    { given: "a remote $ref", document: { paths: { "/a": { $ref: "https://example.com/a.yml" } } }, want: true },
    {
      given: "a non-string $ref (a property named $ref)",
      document: { properties: { $ref: { type: "string" } } },
      want: false,
    },
    {
      given: "an external $ref under an own __proto__ key",
      document: parsed({ ["__proto__"]: { $ref: "x.json" } }),
      want: true,
    },
    { given: "a string document", document: "x.json", want: false },
  ])("$given: $want", ({ document, want }) => {
    expect(hasExternalRefs(document)).toBe(want);
  });
});
