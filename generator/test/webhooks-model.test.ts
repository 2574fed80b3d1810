// OpenAPI 3.1 `webhooks:` and the event markers (x-resourceId: event, x-stripeEvent) become a named
// body type, a validator and an entry of the generated event map (webhooks.ts).
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, typeCheckableOutputArgs } from "../../test-support/cli.ts";
import { snapshotEventSpec, webhooksSpec } from "../../test-support/event-specs.ts";
import type { Json } from "../../test-support/json.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";

const work = tempFolder("webhooks-model", { insideRepo: true });
afterAll(() => work.remove());

let runs = 0;
async function generateFrom(...documents: Json[]) {
  const folder = `run${++runs}`;
  const specs = documents.flatMap((document, index) => ["--spec", work.write(`${folder}/spec${index}.json`, document)]);
  const result = await runCli(["generate", ...specs, ...typeCheckableOutputArgs(work.at(folder, "out"))]);
  const file = (name: string) => work.at(folder, "out", name);
  const load = async (name: string) => (await import(pathToFileURL(file(name)).href)) as Json;
  return { ...result, file, load, text: (name: string) => readFileSync(file(name), "utf8") };
}

describe("OpenAPI 3.1 webhooks", () => {
  it("each webhook operation gets a body type, a validator and a map entry, and the summary counts them", async () => {
    const run = await generateFrom(webhooksSpec());
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/\(0 operations, 1 schemas, 3 validators, 3 webhooks\)/);
    expect(run.text("types.ts")).toContain("export interface InvoicePaidWebhookBody {");
    expect(run.text("types.ts")).toContain("export type PetPostWebhookBody = Pet;");
    expect(run.text("types.ts")).toContain("export type PetPutWebhookBody = string[];");
    const { eventSchemas } = await run.load("webhooks.ts");
    expect(eventSchemas).toEqual({
      event: null,
      notification: null,
      snapshot: {},
      thin: {},
      webhooks: { "invoice.paid": "webhook.invoice.paid", "pet.post": "Pet", "pet.put": "webhook.pet.put" },
    });
    const { validate } = await run.load("validators.ts");
    expect(validate("webhook.invoice.paid", { id: "in_1" })).toEqual({ valid: true });
    expect(validate("webhook.invoice.paid", {}).errors.map((error: Json) => error.pointer)).toEqual(["/id"]);
    expect(validate("webhook.pet.put", ["a"]).valid).toBe(true);
    expect(validate("webhook.pet.put", [1]).valid).toBe(false);
    expect(JSON.parse(run.text("manifest.json")).counts.webhooks).toBe(3);
  });

  it("twin: the same spec without webhooks writes no webhooks.ts and counts none", async () => {
    const { webhooks: _dropped, ...document } = webhooksSpec();
    const run = await generateFrom(document);
    expect(run.stdout).toMatch(/\(0 operations, 1 schemas, 1 validators\)/);
    expect(existsSync(run.file("webhooks.ts"))).toBe(false);
  });
});

describe("event types from x-stripeEvent (Stripe's full-spec shape)", () => {
  it("maps each snapshot event type to the schema of its data, and names the v1 event", async () => {
    const run = await generateFrom(snapshotEventSpec());
    expect(run.stderr).toBe("");
    const { eventSchemas } = await run.load("webhooks.ts");
    expect(eventSchemas).toEqual({
      event: "event",
      notification: null,
      snapshot: { "charge.succeeded": "charge.succeeded", "customer.created": "customer.created" },
      thin: {},
      webhooks: {},
    });
    expect(run.text("webhooks.ts")).toContain('"charge.succeeded": T.ChargeSucceeded;');
    expect(run.text("webhooks.ts")).toContain("event: T.Event;");
  });

  const marked = (marker: unknown, extra: Json = {}) => {
    const spec = snapshotEventSpec();
    spec.components.schemas["charge.succeeded"]["x-stripeEvent"] = marker;
    Object.assign(spec.components.schemas, extra);
    return spec;
  };
  it.each([
    ["a marker that is no object", marked("charge.succeeded"), "x-stripeEvent must be an object"],
    ["an unknown kind", marked({ type: "charge.succeeded", kind: "fat" }), 'kind must be "snapshot" or "thin"'],
    ["a snapshot marker without a type", marked({}), "needs a type (only kind: thin may go without)"],
    ["a type that is no string", marked({ type: 7 }), "type must be a non-empty string, got 7"],
    [
      "one type described twice",
      marked({ type: "customer.created" }),
      'type "customer.created" is also described by #/components/schemas/charge.succeeded',
    ],
    [
      "two v1 events",
      marked({ type: "charge.succeeded" }, { event2: { "x-resourceId": "event", type: "object" } }),
      "x-resourceId: event is also marked at",
    ],
  ])("refuses %s, naming the schema", async (_name, spec, message) => {
    const run = await generateFrom(spec);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/spec0\.json:\d+:\d+ \(at #\/components\/schemas\//);
  });

  it("refuses one webhook name in two specs", async () => {
    const other: Json = { ...webhooksSpec(), info: { title: "other", version: "1" }, components: { schemas: {} } };
    delete other.webhooks.pet;
    const run = await generateFrom(webhooksSpec(), other);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('webhook "invoice.paid" is also defined in');
  });
});
