// validators: "reachable" compiles validators only for the component schemas that an operation, a
// webhook or the event map reaches through $refs; "all" (the default) for every one. Given a spec,
// want the reached names; then what generated code does with a name left without a validator.
import { afterAll, describe, expect, it } from "vitest";
import { runCli, typeCheckableOutputArgs } from "../../test-support/cli.ts";
import { snapshotEventSpec, webhooksSpec } from "../../test-support/event-specs.ts";
import type { Json } from "../../test-support/json.ts";
import { tempFolder, tempTree } from "../../test-support/temp-folder.ts";
import { typeCheck } from "../../test-support/typecheck.ts";
import type { GenerateConfig } from "../config.ts";
import { reachableSchemaNames } from "../emit/validators/reachable-schemas.ts";
import { loadModel } from "../load-model.ts";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });

function spec(paths: Json, schemas: Json): Json {
  return { openapi: "3.0.3", info: { title: "reachable", version: "1" }, paths, components: { schemas } };
}

const thingSchemas = {
  thing: {
    type: "object",
    properties: { owner: ref("owner"), kind: { $ref: "#/components/schemas/kinds/properties/k" } },
  },
  owner: { type: "object", properties: { tags: { type: "array", items: ref("tag") } } },
  tag: { type: "string" },
  kinds: { type: "object", properties: { k: { type: "string", enum: ["a", "b"] } } },
  orphan: { type: "object", properties: { child: ref("orphan_child") } },
  orphan_child: { type: "integer" },
};
const listThings = {
  "/things": { get: { operationId: "listThings", responses: { "200": { description: "ok", ...json(ref("thing")) } } } },
};

const CASES: { name: string; given: Json; want: string[] }[] = [
  {
    name: "a response's $ref chain, and the component a $ref points into; not what only an orphan uses",
    given: spec(listThings, thingSchemas),
    want: ["kinds", "owner", "tag", "thing"],
  },
  { name: "nothing without operations, webhooks or events", given: spec({}, thingSchemas), want: [] },
  {
    name: "parameters and request bodies",
    given: spec(
      {
        "/things/{id}": {
          post: {
            operationId: "postThing",
            parameters: [{ name: "id", in: "path", required: true, schema: ref("id") }],
            requestBody: json({ type: "object", properties: { body: ref("body") } }),
            responses: { "204": { description: "none" } },
          },
        },
      },
      { id: { type: "string" }, body: { type: "integer" }, unused: { type: "boolean" } },
    ),
    want: ["body", "id"],
  },
  {
    name: "a $ref cycle, followed once",
    given: spec(
      { "/a": { get: { operationId: "getA", responses: { "200": { description: "ok", ...json(ref("a")) } } } } },
      {
        a: { type: "object", properties: { b: ref("b") } },
        b: { type: "array", items: ref("a") },
        c: { type: "null" },
      },
    ),
    want: ["a", "b"],
  },
  {
    name: "the event map's schemas (the v1 event and each typed event), and what they reference",
    given: (() => {
      const events = snapshotEventSpec() as { components: { schemas: Record<string, unknown> } };
      events.components.schemas.orphan = { type: "string" };
      return events;
    })(),
    want: ["charge", "charge.succeeded", "customer", "customer.created", "event"],
  },
  { name: "OpenAPI 3.1 webhook bodies", given: webhooksSpec(), want: ["Pet"] },
];

function configFor(file: string): GenerateConfig {
  return {
    specs: [{ spec: file }],
    jsonSchemas: [],
    out: "unused",
    allowRemoteRefs: false,
    openapiTypescript: false,
    importExtension: ".ts",
  };
}

describe("reachableSchemaNames", () => {
  it.each(CASES)("$name", async ({ given, want }) => {
    const file = `${tempTree({ "spec.json": JSON.stringify(given) })}/spec.json`;
    const model = await loadModel(configFor(file));
    expect([...reachableSchemaNames(model, model.specs[0]!)].sort()).toEqual(want);
  });
});

describe("generate --validators", () => {
  const folder = tempFolder("reachable", { insideRepo: true });
  afterAll(() => folder.remove());
  const file = folder.write("spec.json", JSON.stringify(spec(listThings, thingSchemas)));

  async function generated(mode: "all" | "reachable") {
    const out = folder.at(mode);
    const run = await runCli(["generate", "--spec", file, ...typeCheckableOutputArgs(out), "--validators", mode]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    return { out, run, facade: await import(`${out}/validators.ts`) };
  }

  it("reachable: only reached schemas have validators; validate() of another name throws saying why", async () => {
    const { run, facade } = await generated("reachable");
    expect(run.stdout).toMatch(/\(1 operations, 6 schemas, 4 validators\)/);
    expect([...facade.schemaNames].sort()).toEqual(["kinds", "owner", "tag", "thing"]);
    expect(facade.unreachableSchemaNames).toEqual(["orphan", "orphan_child"]);
    expect(facade.validate("thing", { owner: { tags: ["x"] } })).toEqual({ valid: true });
    expect(facade.validate("thing", { owner: { tags: [1] } }).valid).toBe(false);
    expect(() => facade.validate("orphan", {})).toThrow(
      'validate("orphan"): schema "orphan" has no validator: no operation, webhook or event reaches it, and the validators were generated with --validators reachable (config "validators": "reachable"). Generate with --validators all to validate it.',
    );
    expect(() => facade.validate("no_such_schema", {})).toThrow('Unknown schema name "no_such_schema"');
  });

  it("all (the default): every component schema has a validator, and no unreachable list", async () => {
    const { run, facade } = await generated("all");
    expect(run.stdout).toMatch(/\(1 operations, 6 schemas, 6 validators\)/);
    expect(facade.unreachableSchemaNames).toBeUndefined();
    expect(facade.validate("orphan", { child: 1 })).toEqual({ valid: true });
    expect(facade.validate("orphan", { child: "1" }).valid).toBe(false);
  });

  it("reachable: the output type-checks, and validate() of an unreachable name does not", async () => {
    await generated("reachable");
    folder.write("use/ok.ts", 'import { validate } from "../reachable/validators.ts";\nvalidate("thing", {});\n');
    expect(await typeCheck(folder.path, ["reachable", "use"])).toBe("");
    folder.write("use/bad.ts", 'import { validate } from "../reachable/validators.ts";\nvalidate("orphan", {});\n');
    expect(await typeCheck(folder.path, ["reachable", "use"])).toMatch(/use\/bad\.ts.*"orphan"/);
  });

  it("switching the choice regenerates: it is part of the content-hash cache key", async () => {
    const out = folder.at("switch");
    const generate = (mode: string) =>
      runCli(["generate", "--spec", file, ...typeCheckableOutputArgs(out), "--validators", mode]);
    expect((await generate("reachable")).stdout).toMatch(/^Generated .* 4 validators\)/);
    expect((await generate("reachable")).stdout).toMatch(/already up to date .* 4 validators\)/);
    expect((await generate("all")).stdout).toMatch(/^Generated .* 6 validators\)/);
  });

  it("refuses an unknown --validators value (usage, exit 2) and config value (naming /validators)", async () => {
    const flag = await runCli(["generate", "--spec", file, "--out", folder.at("x"), "--validators", "some"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--validators must be all or reachable, got "some"');
    const project = tempTree({
      "stripe-events-contract.config.json": { specs: [{ spec: file }], validators: "some" },
    });
    const fromConfig = await runCli(["generate"], { cwd: project });
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stderr).toContain("/validators");
    expect(fromConfig.stderr).toContain('must be "all" or "reachable", got "some"');
  });
});
