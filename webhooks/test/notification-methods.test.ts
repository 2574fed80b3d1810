// fetchEvent and fetchRelatedObject go through the caller's client (the generated client, over an
// injected fetch), with the notification's context, and never leave the client's origin.
import { describe, expect, it } from "vitest";
import { createClient } from "../../generated/client.ts";
import type { Json } from "../../test-support/json.ts";
import { parseEventNotification } from "../index.ts";
import { sameOriginPath } from "../notification-methods.ts";
import { pingNotification, SECRET, signed, T } from "./deliveries.ts";

function parsed(body: Json) {
  const { raw, header } = signed(body);
  return parseEventNotification(raw, header, SECRET, { now: T });
}

interface SentRequest {
  readonly method: string;
  readonly url: URL;
  readonly stripeContext: string | null;
}

/**
 * The generated client itself, over a fetch that answers like the API: the fetched event for
 * GET /v2/core/events/{id} (its id from `eventId`), an event destination for anything else.
 */
function realClient(eventId: (requestedId: string) => string = (requestedId) => requestedId) {
  const sent: SentRequest[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    sent.push({ method: request.method, url, stripeContext: request.headers.get("stripe-context") });
    const requestedId = /^\/v2\/core\/events\/([^/]+)$/.exec(url.pathname)?.[1];
    const body = requestedId
      ? { ...pingNotification(), id: eventId(decodeURIComponent(requestedId)), data: {}, changes: {} }
      : { id: "ed_1", object: "v2.core.event_destination" };
    return Response.json(body, { headers: { "request-id": "req_1" } });
  };
  const client = createClient({ apiKey: "sk_test_123", baseUrl: "https://api.example.test", fetch });
  return { client, sent };
}

describe("fetchEvent(client)", () => {
  it("GETs /v2/core/events/{id} with the notification's context as stripeContext", async () => {
    const { client, sent } = realClient();
    const notification = parsed({ ...pingNotification(), context: "acct_1Nv0FGQ9RKHgCVdK" });
    const event = await notification.fetchEvent(client);
    expect(sent.map(({ method, url, stripeContext }) => [method, url.pathname, stripeContext])).toEqual([
      ["GET", `/v2/core/events/${pingNotification().id}`, "acct_1Nv0FGQ9RKHgCVdK"],
    ]);
    expect(event).toMatchObject({ id: pingNotification().id, data: {}, changes: {} });
  });

  it("twin: no context, no stripeContext", async () => {
    const { client, sent } = realClient();
    await parsed(pingNotification()).fetchEvent(client);
    expect(sent.map(({ url, stripeContext }) => [url.pathname, stripeContext])).toEqual([
      [`/v2/core/events/${pingNotification().id}`, null],
    ]);
  });

  it("refuses an answer that is not the notification's event", async () => {
    const { client } = realClient(() => "evt_other");
    await expect(parsed(pingNotification()).fetchEvent(client)).rejects.toThrow(
      /returned v2.core.event evt_other \(v2.core.event_destination.ping\), not the event of notification/,
    );
  });
});

describe("fetchRelatedObject(client)", () => {
  it("GETs related_object.url through rawRequest, with the context", async () => {
    const { client, sent } = realClient();
    const notification = parsed({ ...pingNotification(), context: "acct_1" });
    await expect(notification.fetchRelatedObject(client)).resolves.toEqual({
      id: "ed_1",
      object: "v2.core.event_destination",
    });
    expect(sent.map(({ method, url, stripeContext }) => [method, url.origin + url.pathname, stripeContext])).toEqual([
      ["GET", `https://api.example.test${pingNotification().related_object.url}`, "acct_1"],
    ]);
  });

  it("twin: no related object resolves to null without a request", async () => {
    const { client, sent } = realClient();
    const notification = parsed({
      ...pingNotification(),
      type: "v1.billing.meter.no_meter_found",
      related_object: null,
    });
    await expect(notification.fetchRelatedObject(client)).resolves.toBeNull();
    expect(sent).toEqual([]);
  });

  it.each([
    ["an absolute URL", "https://evil.example/v1/customers"],
    ["a scheme-relative URL", "//evil.example/v1/customers"],
    ["a relative path", "v2/core/event_destinations/ed_1"],
    ["// inside the path", "/v2//evil.example"],
    ["a backslash", "/\\evil.example/x"],
    ["a .. segment", "/v2/core/../../v1/customers"],
    ["a fragment", "/v2/core/event_destinations/ed_1#x"],
    ["whitespace", "/v2/core/event destinations"],
    ["a control character", "/v2/core\n/x"],
  ])("refuses %s without sending anything", async (_name, url) => {
    const { client, sent } = realClient();
    const notification = parsed({
      ...pingNotification(),
      related_object: { ...pingNotification().related_object, url },
    });
    await expect(notification.fetchRelatedObject(client)).rejects.toThrow(/is not a path on the API's own origin/);
    expect(sent).toEqual([]);
  });

  it("twin: a same-origin path with a query is split into path and query", () => {
    expect(sameOriginPath("/v1/billing/meters/mtr_1?expand=x&a=b")).toEqual({
      path: "/v1/billing/meters/mtr_1",
      query: { expand: "x", a: "b" },
    });
    expect(sameOriginPath("/v2/core/event_destinations/ed_1")).toEqual({ path: "/v2/core/event_destinations/ed_1" });
    expect(() => sameOriginPath(undefined)).toThrow(TypeError);
  });
});
