// The options of the one path from inputs to the model, each with the run that differs only in it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { tempTree } from "../../test-support/temp-folder.ts";
import { loadSources } from "../load/load-inputs.ts";
import {
  type LoadModelOptions,
  loadModel,
  loadModelBeforeChecks,
  loadRepairedSpecs,
  type ModelStage,
} from "../load-model.ts";
import { SpecError } from "../spec-error.ts";

const ok = {
  "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/thing" } } } },
};
const spec = (thing: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: { "/things": { get: { operationId: "listThings", responses: ok } } },
    components: { schemas: { thing } },
    ...extra,
  });

const root = tempTree({
  "local.json": spec({ type: "string" }),
  "external.json": spec({ $ref: "thing.json" }),
  "thing.json": JSON.stringify({ type: "string" }),
  // Not valid against the OpenAPI schema (a response needs a description), but a fine 3.0 version.
  "invalid.json": spec({ type: "string" }, { paths: { "/things": { get: { responses: { "200": {} } } } } }),
  // Lenient mode rewrites `pet` (nullable in 3.1) into a new object; its discriminator is then lowered.
  "rewritten.json": JSON.stringify({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {},
    components: {
      schemas: {
        pet: {
          nullable: true,
          oneOf: [{ $ref: "#/components/schemas/cat" }, { $ref: "#/components/schemas/dog" }],
          discriminator: { propertyName: "kind" },
        },
        cat: { type: "object", properties: { kind: { type: "string" } } },
        dog: {
          type: "object",
          properties: { kind: { type: "string" }, bark: { $ref: "#/components/schemas/bark", description: "x" } },
        },
        bark: { type: "string" },
      },
    },
  }),
  "event.json": JSON.stringify({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Event",
    type: "object",
  }),
});
const inputs = (file: string) => ({ specs: [{ spec: join(root, file) }], jsonSchemas: [], allowRemoteRefs: false });

async function run(file: string, options: LoadModelOptions = {}) {
  const stages: ModelStage[] = [];
  const model = await loadModel(inputs(file), { ...options, onStage: (stage) => stages.push(stage) });
  return { model, stages };
}

describe("loadModel stages", () => {
  it.each([
    { given: "the inputs", options: {}, want: ["load", "repair", "resolve", "model"] },
    {
      given: "sources the caller loaded",
      options: { loaded: loadSources(inputs("local.json")) },
      want: ["repair", "resolve", "model"],
    },
  ])("from $given: $want", async ({ options, want }) => {
    const { model, stages } = await run("local.json", options);
    expect(stages).toEqual(want);
    expect(model.operations.map((operation) => operation.operationId)).toEqual(["listThings"]);
  });
});

describe("the resolve stage", () => {
  it("bundles a spec with external $refs into the model", async () => {
    const { model } = await run("external.json");
    expect(model.schemas.map((schema) => schema.schema)).toEqual([{ type: "string" }]);
  });

  it("refuses a spec the OpenAPI schema refuses, naming the place", async () => {
    const failure = await run("invalid.json").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SpecError);
    expect((failure as SpecError).problems[0]?.pointer).toBe("/paths/~1things/get/responses/200");
  });
});

describe("jsonSchemaName (diff takes either kind of document)", () => {
  it("loads a spec input that is a JSON Schema as one, under that name", async () => {
    const { model } = await run("event.json", { jsonSchemaName: "json-schema" });
    expect(model.specs.map((each) => each.version)).toEqual(["json-schema"]);
    expect(model.schemas.map((schema) => [schema.name, schema.typeName])).toEqual([["json-schema", "Event"]]);
  });

  it("twin: without it the same file is refused as an OpenAPI document", async () => {
    await expect(run("event.json")).rejects.toThrow("the `openapi` version is missing");
  });

  it("leaves an OpenAPI spec an OpenAPI spec", async () => {
    const { model } = await run("local.json", { jsonSchemaName: "json-schema" });
    expect(model.specs.map((each) => [each.name, each.version])).toEqual([["local", "3.0"]]);
  });
});

describe("loadRepairedSpecs (load → repair only)", () => {
  const v1 = join(REPO_ROOT, "specs/stripe-events-api-openapi.yml");
  const overlay = join(REPO_ROOT, "specs/stripe-events-api.overlay.yml");
  const schemaNames = (document: unknown) =>
    Object.keys((document as { components: { schemas: object } }).components.schemas);

  it("applies the overlay (it defines the schemas the supplied spec lacks)", async () => {
    const [repaired] = await loadRepairedSpecs([{ spec: v1, overlay }]);
    expect(schemaNames(repaired!.document)).toContain("notification_event_data");
    expect(schemaNames(repaired!.source.data)).not.toContain("notification_event_data");
  });

  it("twin: without an overlay the document is the one read", async () => {
    const [plain] = await loadRepairedSpecs([{ spec: v1 }]);
    expect(plain!.document).toBe(plain!.source.data);
    expect(schemaNames(plain!.document)).not.toContain("notification_event_data");
  });
});

describe("lenient reading", () => {
  it("models the rewritten document, discriminators lowered after the rewrite", async () => {
    const main = await loadModel({ ...inputs("rewritten.json"), strict: false });
    const pet = main.specs[0]?.document as { components: { schemas: Record<string, unknown> } };
    expect(pet.components.schemas.pet).toMatchObject({
      anyOf: [{ discriminator: { propertyName: "kind" } }, { type: "null" }],
    });
    expect(pet.components.schemas.cat).toMatchObject({ required: ["kind"], properties: { kind: { enum: ["cat"] } } });
  });

  it("twin: --strict refuses the same document", async () => {
    await expect(loadModel({ ...inputs("rewritten.json"), strict: true })).rejects.toBeInstanceOf(SpecError);
  });
});

describe("deferred OpenAPI checks (loadModelBeforeChecks)", () => {
  const both = (first: string, second: string, strict: boolean) => ({
    specs: [{ spec: join(root, first) }, { spec: join(root, second) }],
    jsonSchemas: [],
    allowRemoteRefs: false,
    strict,
  });
  const pointerOf = (error: unknown) => (error as SpecError).problems[0]?.pointer;

  it("gives the model of a spec the check refuses, and `checked` refuses it, naming the place", async () => {
    const { model, checked } = await loadModelBeforeChecks(inputs("invalid.json"));
    expect(model.operations.map((operation) => operation.operationId)).toEqual(["get /things"]);
    const failure = await checked().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SpecError);
    expect(pointerOf(failure)).toBe("/paths/~1things/get/responses/200");
  });

  it("twin: `checked` passes for a valid spec", async () => {
    const { checked } = await loadModelBeforeChecks(inputs("local.json"));
    await expect(checked()).resolves.toBeUndefined();
  });

  it("checks a spec with external $refs in place: bundling needs it first", async () => {
    const external = tempTree({
      "spec.json": spec({ $ref: "thing.json" }, { paths: { "/things": { get: { responses: { "200": {} } } } } }),
      "thing.json": JSON.stringify({ type: "string" }),
    });
    const loading = loadModelBeforeChecks({ ...inputs("local.json"), specs: [{ spec: join(external, "spec.json") }] });
    await expect(loading).rejects.toBeInstanceOf(SpecError);
  });

  const injected = new Error("injected at the model stage");
  const failAtModel = (at: ModelStage) => {
    if (at === "model") throw injected;
  };

  it("a deferred check's failure comes before a failure at the model stage", async () => {
    const failure = await loadModel(inputs("invalid.json"), { onStage: failAtModel }).catch((error: unknown) => error);
    expect(pointerOf(failure)).toBe("/paths/~1things/get/responses/200");
  });

  it("twin: for a valid spec, the failure at the model stage is the one reported", async () => {
    const failure = await loadModel(inputs("local.json"), { onStage: failAtModel }).catch((error: unknown) => error);
    expect(failure).toBe(injected);
  });

  it("the first spec's check failure comes before the second spec's --strict error, as when it ran in place", async () => {
    const failure = await loadModel(both("invalid.json", "rewritten.json", true)).catch((error: unknown) => error);
    expect(pointerOf(failure)).toBe("/paths/~1things/get/responses/200");
  });

  it("twin: with a valid first spec, the second spec's --strict error is the one reported", async () => {
    const failure = await loadModel(both("local.json", "rewritten.json", true)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SpecError);
    expect(pointerOf(failure)).toMatch(/^\/components\/schemas\/pet/);
  });
});
