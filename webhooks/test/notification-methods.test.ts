// fetchEvent and fetchRelatedObject go through the caller's client (a stub of the generated
// client's shape here), with the notification's context, and never leave the client's origin.
import { describe, expect, it, vi } from "vitest";
import type { Json } from "../../test-support/json.ts";
import { parseEventNotification } from "../index.ts";
import { sameOriginPath } from "../notification-methods.ts";
import { pingNotification, SECRET, signed, T } from "./deliveries.ts";

function parsed(body: Json) {
  const { raw, header } = signed(body);
  return parseEventNotification(raw, header, SECRET, { now: T });
}

function stubClient(
  event: (request: { path: { id: string } }) => unknown = ({ path }) => ({
    ...pingNotification(),
    id: path.id,
    data: {},
    changes: {},
  }),
) {
  return {
    getV2CoreEventsId: vi.fn(
      async (request: { path: { id: string }; stripeContext?: string }) => event(request) as never,
    ),
    rawRequest: vi.fn(async (_request: unknown) => ({ id: "ed_1", object: "v2.core.event_destination" }) as unknown),
  };
}

describe("fetchEvent(client)", () => {
  it("GETs /v2/core/events/{id} with the notification's context as stripeContext", async () => {
    const client = stubClient();
    const notification = parsed({ ...pingNotification(), context: "acct_1Nv0FGQ9RKHgCVdK" });
    const event = await notification.fetchEvent(client);
    expect(client.getV2CoreEventsId).toHaveBeenCalledWith({
      path: { id: pingNotification().id },
      stripeContext: "acct_1Nv0FGQ9RKHgCVdK",
    });
    expect(event).toMatchObject({ id: pingNotification().id, data: {}, changes: {} });
  });

  it("twin: no context, no stripeContext", async () => {
    const client = stubClient();
    await parsed(pingNotification()).fetchEvent(client);
    expect(client.getV2CoreEventsId).toHaveBeenCalledWith({ path: { id: pingNotification().id } });
  });

  it("refuses an answer that is not the notification's event", async () => {
    const client = stubClient(() => ({ ...pingNotification(), id: "evt_other" }));
    await expect(parsed(pingNotification()).fetchEvent(client)).rejects.toThrow(
      /returned v2.core.event evt_other \(v2.core.event_destination.ping\), not the event of notification/,
    );
  });
});

describe("fetchRelatedObject(client)", () => {
  it("GETs related_object.url through rawRequest, with the context", async () => {
    const client = stubClient();
    const notification = parsed({ ...pingNotification(), context: "acct_1" });
    await expect(notification.fetchRelatedObject(client)).resolves.toEqual({
      id: "ed_1",
      object: "v2.core.event_destination",
    });
    expect(client.rawRequest).toHaveBeenCalledWith({
      method: "GET",
      path: pingNotification().related_object.url,
      stripeContext: "acct_1",
    });
  });

  it("twin: no related object resolves to null without a request", async () => {
    const client = stubClient();
    const notification = parsed({
      ...pingNotification(),
      type: "v1.billing.meter.no_meter_found",
      related_object: null,
    });
    await expect(notification.fetchRelatedObject(client)).resolves.toBeNull();
    expect(client.rawRequest).not.toHaveBeenCalled();
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
    const client = stubClient();
    const notification = parsed({
      ...pingNotification(),
      related_object: { ...pingNotification().related_object, url },
    });
    await expect(notification.fetchRelatedObject(client)).rejects.toThrow(/is not a path on the API's own origin/);
    expect(client.rawRequest).not.toHaveBeenCalled();
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
