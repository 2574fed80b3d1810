// Signed webhook cassettes go through the router users deploy: verified with the cassette secret,
// validated against the schema the cassette names, and dispatched. Each has three negative twins
// (a tampered body, a wrong secret, a stale timestamp), each refused for its own reason.
import { randomUUID } from "node:crypto";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import type { WebhookCassette } from "../contract/cassette.ts";
import { CASSETTE_SECRET, signedText } from "../contract/webhook-cassette.ts";
import { eventSchemas } from "../generated/webhooks.ts";
import { repoCassettes } from "../test-support/recordings.ts";
import { payloadSchema } from "../webhooks/check-payload.ts";
import { createEventRouter, DEFAULT_TOLERANCE_SECONDS } from "../webhooks/index.ts";

const cassettes = repoCassettes().flatMap(({ file, cassette }) =>
  cassette.kind === "webhook" ? [{ id: basename(file), cassette }] : [],
);

interface Delivery {
  readonly text: string;
  readonly header: string;
  readonly timestamp: number;
}

function deliveryOf(cassette: WebhookCassette): Delivery {
  const { signature } = cassette.delivery;
  if (!signature) throw new Error(`${cassette.name} is not signed: run node scripts/sign-webhook-cassettes.ts`);
  return { text: signedText(cassette.delivery), ...signature };
}

/** A router that records what it dispatched, registered for every listed type and the rest. */
function recordingRouter(secret: string, now: number) {
  const dispatched: { id: string; type: string }[] = [];
  const record = (payload: { id: string; type: string }) => void dispatched.push(payload);
  const router = createEventRouter({ secrets: secret, now: () => now, seen: false }).onUnknown(record);
  for (const type of [...Object.keys(eventSchemas.snapshot), ...Object.keys(eventSchemas.thin)])
    router.on(type as never, record);
  return { router, dispatched };
}

describe("signed webhook cassettes, through the router", () => {
  it("exist for a v1 event, a listed thin type and an unlisted one, and every one is signed", () => {
    expect(cassettes.map(({ cassette }) => cassette.schema)).toEqual(
      expect.arrayContaining(["event", "v2.core.event_notification", "v2.core.event_destination.ping.notification"]),
    );
    expect(cassettes.filter(({ cassette }) => cassette.delivery.signature === undefined).map(({ id }) => id)).toEqual(
      [],
    );
  });

  it.each(cassettes)("$id is verified, validated against its schema and dispatched", async ({ cassette }) => {
    const delivery = deliveryOf(cassette);
    const { router, dispatched } = recordingRouter(CASSETTE_SECRET, delivery.timestamp);
    await expect(router.handle(delivery.text, delivery.header)).resolves.toEqual({
      status: 200,
      body: { received: true },
    });
    const body = cassette.delivery.body as Record<string, unknown>;
    expect(dispatched.map((payload) => [payload.id, payload.type])).toEqual([[body.id, body.type]]);
    expect(payloadSchema(eventSchemas, body)).toBe(cassette.schema);
  });

  const twins = cassettes.flatMap(({ id, cassette }) => {
    const delivery = deliveryOf(cassette);
    const tampered = delivery.text.replace('"id": "', '"id": "x');
    return [
      {
        id,
        twin: "a tampered body",
        secret: CASSETTE_SECRET,
        now: delivery.timestamp,
        text: tampered,
        header: delivery.header,
        reason: "no-match",
      },
      {
        id,
        twin: "a wrong secret",
        secret: `whsec_test_${randomUUID()}`,
        now: delivery.timestamp,
        text: delivery.text,
        header: delivery.header,
        reason: "no-match",
      },
      {
        id,
        twin: "a stale timestamp",
        secret: CASSETTE_SECRET,
        now: delivery.timestamp + DEFAULT_TOLERANCE_SECONDS + 1,
        text: delivery.text,
        header: delivery.header,
        reason: "too-old",
      },
    ];
  });

  it.each(twins)("$id with $twin is refused: $reason", async ({ secret, now, text, header, reason }) => {
    expect(text).not.toBe("");
    const { router, dispatched } = recordingRouter(secret, now);
    const answer = await router.handle(text, header);
    expect([answer.status, (answer.body.error as { reason?: string } | undefined)?.reason]).toEqual([400, reason]);
    expect(dispatched).toEqual([]);
  });
});
