// A change to a shared schema is reported once, with every operation and webhook that reaches it:
// the supplied v1 spec's `event` (both operations, and the webhook payload it is), and an OpenAPI 3.1
// spec whose component is both a response and a `webhooks:` body.
import { describe, expect, it } from "vitest";
import type { Json } from "../../test-support/json.ts";
import { SPEC_FILES } from "../../test-support/repo.ts";
import { repairedV1Spec } from "../../test-support/specs.ts";
import { diffSpecs } from "../diff-specs.ts";
import { formatReport } from "../format-report.ts";
import { loadSpecModel } from "../load-spec-model.ts";
import { diffFiles } from "./diff-files.ts";

const files = diffFiles("diff-reach");

async function changesOf(oldFile: string, newFile: string, overlay?: string) {
  return diffSpecs(await loadSpecModel(oldFile, { overlay }), await loadSpecModel(newFile));
}

describe("the supplied spec's event schema", () => {
  it("a changed property of `event` lists both operations and the v1 webhook payload", async () => {
    const changed = await repairedV1Spec();
    changed.components.schemas.event.properties.account.type = "integer";
    const [change, ...rest] = await changesOf(
      SPEC_FILES.v1,
      files.write("account.json", changed),
      SPEC_FILES.v1Overlay,
    );
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      rule: "response-type-changed",
      location: "GET /v1/events → 200 body $.data[].account",
      alsoAt: [
        "GET /v1/events/{id} → 200 body $.account",
        "webhook payload (v1 event) $.account",
        'schema "event" $.account',
        'schema "NotificationEventList" $.data[].account',
      ],
    });
    const text = formatReport({ oldFile: "old", newFile: "new", changes: [change!] }, "text");
    expect(text).toContain("    and GET /v1/events/{id} → 200 body $.account\n");
    const markdown = formatReport({ oldFile: "old", newFile: "new", changes: [change!] }, "markdown");
    expect(markdown).toContain(
      "| GET /v1/events → 200 body $.data[].account<br>GET /v1/events/{id} → 200 body $.account<br>",
    );
  });

  it("a schema only one operation reaches lists no other place (the twin)", async () => {
    const changed = await repairedV1Spec();
    changed.components.schemas.api_errors.properties.type.enum.push("rate_limit_error");
    const changes = await changesOf(SPEC_FILES.v1, files.write("errors.json", changed), SPEC_FILES.v1Overlay);
    expect(changes.map((change) => change.alsoAt?.filter((place) => !place.startsWith("schema ")))).not.toContainEqual(
      expect.arrayContaining([expect.stringMatching(/^webhook/)]),
    );
  });
});

const webhookSpec = (type: string): Json => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/things/{id}": {
      get: {
        operationId: "getThing",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/thing" } } },
          },
        },
      },
    },
  },
  webhooks: {
    "thing.updated": {
      post: {
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/thing" } } } },
        responses: { "200": { description: "ok" } },
      },
    },
  },
  components: { schemas: { thing: { type: "object", properties: { size: { type } } } } },
});

describe("OpenAPI 3.1 webhooks", () => {
  it("a component that is a response and a webhook body lists both", async () => {
    const changes = await changesOf(
      files.write("old-31.json", webhookSpec("string")),
      files.write("new-31.json", webhookSpec("integer")),
    );
    expect(changes.map(({ rule, location, alsoAt }) => ({ rule, location, alsoAt }))).toEqual([
      {
        rule: "response-type-changed",
        location: "GET /things/{id} → 200 body $.size",
        alsoAt: ["webhook thing.updated body $.size", 'schema "thing" $.size'],
      },
    ]);
  });

  it("a removed webhook is breaking, an added one safe", async () => {
    const without = { ...webhookSpec("string"), webhooks: {} };
    const [withFile, withoutFile] = [files.write("with", webhookSpec("string")), files.write("without", without)];
    const removed = await changesOf(withFile, withoutFile);
    expect(removed.map(({ severity, rule, location }) => [severity, rule, location])).toEqual([
      ["breaking", "webhook-removed", "webhook thing.updated"],
    ]);
    const added = await changesOf(withoutFile, withFile);
    expect(added.map(({ severity, rule }) => [severity, rule])).toEqual([["safe", "webhook-added"]]);
  });
});
