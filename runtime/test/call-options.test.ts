// Per-call options (stripeAccount, stripeContext, timeoutMs, maxNetworkRetries), response metadata
// per call (withResponse), and rawRequest, on the stripe profile.
import { describe, expect, it } from "vitest";
import { InvalidRequestError, TimeoutError } from "../index.ts";
import { fixtureClient, jsonResponse } from "./fixtures.ts";

const event = { id: "evt_1", object: "event", type: "charge.succeeded" };

const setup = fixtureClient;

const accountHeaders = (request: { headers: Headers } | undefined) => [
  request?.headers.get("stripe-account") ?? null,
  request?.headers.get("stripe-context") ?? null,
];

describe("stripeAccount and stripeContext per call", () => {
  it.each([
    {
      name: "a call's stripeContext replaces the client's stripeAccount",
      call: { stripeContext: "ctx_9" },
      want: [null, "ctx_9"],
    },
    { name: "a call's stripeAccount replaces it too", call: { stripeAccount: "acct_9" }, want: ["acct_9", null] },
    { name: "without either, the client's applies (twin)", call: {}, want: ["acct_1", null] },
    {
      name: "an empty stripeContext is no header, as in stripe-node",
      call: { stripeContext: "" },
      want: ["acct_1", null],
    },
  ])("$name", async ({ call, want }) => {
    const { client, sent } = setup({ stripeAccount: "acct_1" }, jsonResponse(200, event));
    await client.getEventsId({ path: { id: "evt_1" }, ...call });
    expect(accountHeaders(sent[0])).toEqual(want);
  });

  it("both on one call is a TypeError before anything is sent", async () => {
    const { client, sent } = setup({});
    await expect(
      client.getEventsId({ path: { id: "evt_1" }, stripeAccount: "acct_1", stripeContext: "ctx_1" }),
    ).rejects.toThrow(/either stripeAccount or stripeContext/);
    expect(sent).toHaveLength(0);
  });

  it("a thin event's context reaches a v2 call and a rawRequest alike", async () => {
    const { client, sent } = setup({}, jsonResponse(200, event), jsonResponse(200, event));
    await client.postV2CoreEventDestinationsIdPing({ path: { id: "ed_1" }, stripeContext: "ctx_thin" });
    await client.rawRequest({ method: "GET", path: "/v2/core/events/evt_1", stripeContext: "ctx_thin" });
    expect(sent.map((request) => request.headers.get("stripe-context"))).toEqual(["ctx_thin", "ctx_thin"]);
  });
});

describe("timeoutMs per call", () => {
  it("overrides the client's", async () => {
    const hang = (_request: unknown, signal: AbortSignal | undefined) =>
      new Promise<Response>((_resolve, reject) => signal?.addEventListener("abort", () => reject(signal.reason)));
    const { client } = setup({ timeoutMs: 60_000, maxNetworkRetries: 0 }, hang);
    const failure = await client.getEventsId({ path: { id: "evt_1" }, timeoutMs: 20 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect((failure as Error).message).toContain("no data for 20 ms");
  });
});

describe("withResponse", () => {
  it("gives each call its own metadata when calls overlap", async () => {
    let releaseFirst: (() => void) | undefined;
    const first = new Promise<Response>((resolve) => {
      releaseFirst = () => resolve(jsonResponse(200, event, { "request-id": "req_first" }));
    });
    const { client } = setup({}, () => first, jsonResponse(200, event, { "request-id": "req_second" }));
    const slow = client.withResponse.getEventsId({ path: { id: "evt_1" } });
    const fast = await client.withResponse.getEventsId({ path: { id: "evt_2" } });
    releaseFirst?.();
    const late = await slow;
    expect([late.response.requestId, fast.response.requestId]).toEqual(["req_first", "req_second"]);
    expect(late.data).toEqual(event);
    expect(late.response.headers.get("request-id")).toBe("req_first");
    // The deprecated lastResponse holds whichever finished last: here the slow one.
    expect(client.lastResponse?.requestId).toBe("req_first");
  });

  it("the plain method resolves to the data alone (twin)", async () => {
    const { client } = setup({}, jsonResponse(200, event));
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(event);
  });
});

describe("rawRequest", () => {
  it("a v1 POST: form body, automatic Idempotency-Key, the v1 API version", async () => {
    const { client, sent } = setup({}, jsonResponse(200, event));
    await expect(
      client.rawRequest({ method: "POST", path: "/v1/customers", body: { metadata: { a: "1" }, tags: ["x"] } }),
    ).resolves.toEqual(event);
    expect(sent[0]).toMatchObject({
      url: "https://api.stripe.com/v1/customers",
      method: "POST",
      body: "metadata[a]=1&tags[0]=x",
    });
    expect(Object.fromEntries(sent[0]?.headers ?? [])).toMatchObject({
      authorization: "Bearer sk_test_123",
      "content-type": "application/x-www-form-urlencoded",
      "idempotency-key": "key_1",
      "stripe-version": "2023-10-16",
    });
  });

  it("a v2 path gets JSON and the v2 API version; a GET its query in brackets", async () => {
    const { client, sent } = setup({}, jsonResponse(200, event), jsonResponse(200, event));
    await client.rawRequest({ method: "POST", path: "/v2/core/things", body: { a: 1 } });
    await client.rawRequest({ method: "GET", path: "/v1/events", query: { created: { gte: 1 }, limit: 3 } });
    expect(sent.map((request) => [request.url, request.body, request.headers.get("stripe-version")])).toEqual([
      ["https://api.stripe.com/v2/core/things", '{"a":1}', "2025-06-30.preview"],
      ["https://api.stripe.com/v1/events?created[gte]=1&limit=3", undefined, "2023-10-16"],
    ]);
  });

  it("errors are mapped like every other call's", async () => {
    const { client } = setup(
      { maxNetworkRetries: 0 },
      jsonResponse(404, { error: { type: "invalid_request_error", message: "No such thing" } }),
    );
    await expect(client.rawRequest({ method: "GET", path: "/v1/things/x" })).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
  });

  it.each([
    { path: "v1/events" },
    { path: "//evil.example/v1/events" },
    { path: "/v1//events" },
    { path: "https://evil.example/v1/events" },
    { path: "/v1\\events" },
    { path: "/v1/events\r\nX-Injected: 1" },
    { path: "" },
    { path: 42 },
  ])("refuses path $path with a TypeError, sending nothing", async ({ path }) => {
    const { client, sent } = setup({});
    await expect(client.rawRequest({ method: "GET", path: path as string })).rejects.toThrow(TypeError);
    expect(sent).toHaveLength(0);
  });

  it("a body on a GET is a TypeError (stripe-node sends parameters of other methods in the query)", async () => {
    const { client, sent } = setup({});
    await expect(client.rawRequest({ method: "GET", path: "/v1/events", body: { limit: 1 } })).rejects.toThrow(
      /sends a body only with POST/,
    );
    expect(sent).toHaveLength(0);
  });
});
