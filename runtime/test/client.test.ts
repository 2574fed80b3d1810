import { describe, expect, it } from "vitest";
import type { ClientOptions } from "../index.ts";
import { fixtureClient, jsonResponse } from "./fixtures.ts";

const event = { id: "evt_1", object: "event", type: "charge.succeeded" };

/** Answers 200 with an event unless other responses are given. */
function setup(options: ClientOptions = {}, ...responses: Response[]) {
  return fixtureClient(options, ...(responses.length > 0 ? responses : [jsonResponse(200, event)]));
}

describe("options", () => {
  it("refuses stripeAccount together with stripeContext", () => {
    expect(() => setup({ stripeAccount: "acct_1", stripeContext: "ctx_1" })).toThrow(
      /either stripeAccount or stripeContext, not both/,
    );
  });

  it.each([
    {
      name: "stripeAccount",
      options: { stripeAccount: "acct_1" },
      header: "stripe-account",
      want: "acct_1",
      absent: "stripe-context",
    },
    {
      name: "stripeContext",
      options: { stripeContext: "ctx_1" },
      header: "stripe-context",
      want: "ctx_1",
      absent: "stripe-account",
    },
  ])("$name alone is sent as its header", async ({ options, header, want, absent }) => {
    const { client, sent } = setup(options);
    await client.getEventsId({ path: { id: "evt_1" } });
    expect(sent[0]?.headers.get(header)).toBe(want);
    expect(sent[0]?.headers.has(absent)).toBe(false);
  });

  it.each([
    { authScheme: undefined, want: "Bearer sk_test_123" },
    { authScheme: "bearer" as const, want: "Bearer sk_test_123" },
    { authScheme: "basic" as const, want: `Basic ${Buffer.from("sk_test_123:").toString("base64")}` },
  ])("authScheme $authScheme → $want", async ({ authScheme, want }) => {
    const { client, sent } = setup({ authScheme });
    await client.getEventsId({ path: { id: "evt_1" } });
    expect(sent[0]?.headers.get("authorization")).toBe(want);
  });

  it("rejects an unknown authScheme and a negative retry count", () => {
    expect(() => setup({ authScheme: "digest" as "basic" })).toThrow(/authScheme/);
    expect(() => setup({ maxNetworkRetries: -1 })).toThrow(/maxNetworkRetries/);
  });

  it("Stripe-Version defaults to each operation's spec version", async () => {
    const { client, sent } = setup({}, jsonResponse(200, event), jsonResponse(200, event));
    await client.getEventsId({ path: { id: "evt_1" } });
    await client.postV2CoreEventDestinationsIdPing({ path: { id: "ed_1" } });
    expect(sent.map((r) => r.headers.get("stripe-version"))).toEqual(["2023-10-16", "2025-06-30.preview"]);
  });

  it("client headers go with every request; a call's header of the same name wins, whatever its case", async () => {
    const { client, sent } = setup({ headers: { "X-App": "shop", "X-Trace": "client" } }, jsonResponse(200, event));
    await client.getEventsId({ path: { id: "evt_1" }, headers: { "x-trace": "call" } });
    expect([sent[0]?.headers.get("x-app"), sent[0]?.headers.get("x-trace")]).toEqual(["shop", "call"]);
  });

  it("stripeVersion overrides the spec version", async () => {
    const { client, sent } = setup({ stripeVersion: "2024-06-20" });
    await client.getEventsId({ path: { id: "evt_1" } });
    expect(sent[0]?.headers.get("stripe-version")).toBe("2024-06-20");
  });

  it.each([
    { baseUrl: undefined, want: "https://api.stripe.com/v1/events/evt_1" },
    { baseUrl: "http://127.0.0.1:12111/", want: "http://127.0.0.1:12111/v1/events/evt_1" },
    { baseUrl: "http://localhost:4010", want: "http://localhost:4010/v1/events/evt_1" },
  ])("baseUrl $baseUrl → $want (trailing slash stripped)", async ({ baseUrl, want }) => {
    const { client, sent } = setup({ baseUrl });
    await client.getEventsId({ path: { id: "evt_1" } });
    expect(sent[0]?.url).toBe(want);
  });
});

describe("requests on the wire", () => {
  it("encodes path parameters", async () => {
    const { client, sent } = setup();
    await client.getEventsId({ path: { id: "evt/1 ?#é" }, query: { expand: ["data.object"] } });
    expect(sent[0]?.url).toBe("https://api.stripe.com/v1/events/evt%2F1%20%3F%23%C3%A9?expand[0]=data.object");
  });

  it("a missing path parameter is a TypeError before anything is sent", async () => {
    const { client, sent } = setup();
    await expect(client.getEventsId({ path: { id: "" } })).rejects.toThrow(/missing path parameter "id"/);
    expect(sent).toHaveLength(0);
  });

  it("GET sends no body and no content-type", async () => {
    const { client, sent } = setup();
    await client.getEvents({ query: { limit: 1 } });
    expect(sent[0]).toMatchObject({ method: "GET", body: undefined });
    expect(sent[0]?.headers.has("content-type")).toBe(false);
    expect(sent[0]?.headers.get("accept")).toBe("application/json");
  });

  it("a v1 POST sends a form body under the bracket rules", async () => {
    const { client, sent } = setup();
    await client.postTestObjects({ body: { metadata: { order: "1 & 2" }, tags: ["x", "y"], active: true } });
    expect(sent[0]).toMatchObject({
      method: "POST",
      body: "metadata[order]=1%20%26%202&tags[0]=x&tags[1]=y&active=true",
    });
    expect(sent[0]?.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
  });

  it("a DELETE sends its parameters in the query and no body, as stripe-node does", async () => {
    const { client, sent } = setup();
    await client.deleteTestObjectsId({ path: { id: "obj_1" }, body: { reason: "dup & old" } });
    expect(sent[0]).toMatchObject({
      method: "DELETE",
      url: "https://api.stripe.com/v1/test_objects/obj_1?reason=dup%20%26%20old",
      body: undefined,
    });
    expect(sent[0]?.headers.has("content-type")).toBe(false);
    expect(sent[0]?.headers.has("idempotency-key")).toBe(false);
  });

  it("a v1 POST without params sends an empty form body", async () => {
    const { client, sent } = setup();
    await client.postTestObjects();
    expect(sent[0]?.body).toBe("");
  });

  it("a v2 POST without params sends {} as JSON", async () => {
    const { client, sent } = setup();
    await client.postV2CoreEventDestinationsIdPing({ path: { id: "ed_1" } });
    expect(sent[0]).toMatchObject({
      method: "POST",
      url: "https://api.stripe.com/v2/core/event_destinations/ed_1/ping",
      body: "{}",
    });
    expect(sent[0]?.headers.get("content-type")).toBe("application/json");
    expect(sent[0]?.headers.get("idempotency-key")).toBe("key_1");
  });

  it("optional headers left undefined are not sent", async () => {
    const { client, sent } = setup();
    await client.getEventsId({
      path: { id: "evt_1" },
      headers: { "Stripe-Version": undefined as unknown as string, "X-Trace": "t1" },
    });
    expect(sent[0]?.headers.get("stripe-version")).toBe("2023-10-16");
    expect(sent[0]?.headers.get("x-trace")).toBe("t1");
  });

  it("caller headers override defaults case-insensitively instead of being appended", async () => {
    const { client, sent } = setup();
    await client.getEventsId({ path: { id: "evt_1" }, headers: { "STRIPE-VERSION": "2020-08-27", "X-Trace": "t1" } });
    expect(sent[0]?.headers.get("stripe-version")).toBe("2020-08-27");
    expect(sent[0]?.headers.get("x-trace")).toBe("t1");
  });
});

describe("lastResponse", () => {
  it("is undefined before any call and then holds status, headers and Request-Id", async () => {
    const { client } = setup({}, jsonResponse(200, event, { "request-id": "req_123", "x-extra": "1" }));
    expect(client.lastResponse).toBeUndefined();
    await client.getEventsId({ path: { id: "evt_1" } });
    expect(client.lastResponse?.status).toBe(200);
    expect(client.lastResponse?.requestId).toBe("req_123");
    expect(client.lastResponse?.headers.get("x-extra")).toBe("1");
  });

  it("is per client, not shared", async () => {
    const first = setup({}, jsonResponse(200, event, { "request-id": "req_a" }));
    const second = setup();
    await first.client.getEventsId({ path: { id: "evt_1" } });
    expect(first.client.lastResponse?.requestId).toBe("req_a");
    expect(second.client.lastResponse).toBeUndefined();
  });
});

describe("types", () => {
  it("requires the request argument only when it has required parts", async () => {
    const { client } = setup(
      {},
      jsonResponse(200, { object: "list", data: [], has_more: false, url: "/v1/events" }),
      jsonResponse(200, event),
    );
    const list = await client.getEvents();
    const one = await client.getEventsId({ path: { id: "evt_1" } });
    const ids: string[] = list.data.map((e) => e.id);
    const type: string = one.type;
    expect([ids, type]).toEqual([[], "charge.succeeded"]);
    // @ts-expect-error path is required for getEventsId
    await expect(client.getEventsId()).rejects.toThrow(TypeError);
    const getWithBody = {
      query: { limit: 1 },
      // @ts-expect-error a GET takes no body, whatever the spec documents (it is never sent)
      body: { limit: 1 },
    } satisfies Parameters<typeof client.getEvents>[0];
    expect(getWithBody.query.limit).toBe(1);
    // @ts-expect-error paginate exists only for list operations
    expect(client.paginate.getEventsId).toBeUndefined();
    expect(typeof client.paginate.getEvents).toBe("function");
  });
});
