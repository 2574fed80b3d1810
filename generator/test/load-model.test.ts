// The options of the one path from inputs to the model, each with the run that differs only in it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { tempTree } from "../../test-support/temp-folder.ts";
import { loadSources } from "../load/load-inputs.ts";
import { type LoadModelOptions, loadModel, loadRepairedSpecs, type ModelStage } from "../load-model.ts";
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

describe('checks: "version-only" (the validator worker)', () => {
  it("gives no model for a spec with external $refs, which only bundling brings in", async () => {
    const { model, stages } = await run("external.json", { checks: "version-only" });
    expect(model).toBeUndefined();
    expect(stages).toEqual(["load", "repair", "resolve"]);
  });

  it("twin: the full checks bundle the same spec into a model", async () => {
    const { model } = await run("external.json");
    expect(model.schemas.map((schema) => schema.schema)).toEqual([{ type: "string" }]);
  });

  it("models a spec the OpenAPI schema refuses, since the main thread reports that", async () => {
    const model = await loadModel(inputs("invalid.json"), { checks: "version-only" });
    expect(model?.operations.map((operation) => operation.operationId)).toEqual(["get /things"]);
  });

  it("twin: the full checks refuse it, naming the place", async () => {
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

describe("the worker's lenient reading (rewritten in place) and the main thread's (a rewritten copy)", () => {
  it("give the same documents to model, discriminators lowered after the rewrite", async () => {
    const lenient = { ...inputs("rewritten.json"), strict: false };
    const worker = await loadModel(lenient, { checks: "version-only" });
    const main = await loadModel(lenient);
    expect(worker?.specs[0]?.document).toEqual(main.specs[0]?.document);
    const pet = main.specs[0]?.document as { components: { schemas: Record<string, unknown> } };
    expect(pet.components.schemas.pet).toMatchObject({
      anyOf: [{ discriminator: { propertyName: "kind" } }, { type: "null" }],
    });
    expect(pet.components.schemas.cat).toMatchObject({ required: ["kind"], properties: { kind: { enum: ["cat"] } } });
  });
});
