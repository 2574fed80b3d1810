// Compile-time behaviour, checked by `npm run typecheck`: these lines must compile, and every
// line marked to expect an error must be one. Plus a runtime twin for the typo.
import { describe, expect, expectTypeOf, it } from "vitest";
import { createClient } from "../../generated/client.ts";
import { createEventRouter, type StripeEventNotification, type StripeV1Event } from "../index.ts";

const client = createClient({ apiKey: "sk_test_123" });

function registrations() {
  const router = createEventRouter({ secrets: "whsec_types", client });
  router.on("v2.core.event_destination.ping", async (notification, { client }) => {
    expectTypeOf(notification.type).toEqualTypeOf<"v2.core.event_destination.ping">();
    expectTypeOf(notification.related_object.url).toEqualTypeOf<string>();
    const event = await notification.fetchEvent(client);
    expectTypeOf(event.type).toEqualTypeOf<"v2.core.event_destination.ping">();
    expectTypeOf(event.changes).toEqualTypeOf<{ [key: string]: unknown } | undefined>();
    expectTypeOf(await notification.fetchRelatedObject(client)).toEqualTypeOf<Record<string, unknown>>();
  });
  router.on("v1.billing.meter.no_meter_found", async (notification) => {
    // No related object is promised for this type, so null is possible.
    expectTypeOf(await notification.fetchRelatedObject(client)).toEqualTypeOf<Record<string, unknown> | null>();
  });
  // @ts-expect-error a type the spec does not list (stripe-node's handler compiles this typo)
  router.on("v2.core.event_destination.pong", () => {});
  // @ts-expect-error the supplied v1 spec lists no event types, so v1 types go to onUnknown
  router.on("charge.succeeded", () => {});
  router.onUnknown((payload) => {
    if (payload.object === "event") expectTypeOf(payload.data.object).toEqualTypeOf<{ [key: string]: unknown }>();
    else expectTypeOf(payload.type).toEqualTypeOf<string>();
  });
}

function narrowing(notification: StripeEventNotification, event: StripeV1Event) {
  if (notification.knownType && notification.type === "v1.billing.meter.error_report_triggered")
    expectTypeOf(notification.related_object).not.toEqualTypeOf<null>();
  if (!notification.knownType) expectTypeOf(notification.type).toEqualTypeOf<string>();
  expectTypeOf(event.knownType).toEqualTypeOf<false>();
}

describe("types", () => {
  it("compile (see the @ts-expect-error lines); at run time a JavaScript typo throws at registration", () => {
    expect(typeof registrations).toBe("function");
    expect(typeof narrowing).toBe("function");
    const router = createEventRouter({ secrets: "whsec_types" });
    expect(() => router.on("v2.core.event_destination.pong" as never, () => {})).toThrow(
      /"v2.core.event_destination.pong" is not an event type the specs list .*v2.core.event_destination.ping.*onUnknown/,
    );
    expect(() => router.on("v2.core.event_destination.ping", () => {})).not.toThrow();
  });
});
