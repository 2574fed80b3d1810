import { describe, expect, it } from "vitest";
import {
  ApiError,
  type ClientOptions,
  ConnectionError,
  createRuntimeClient,
  RateLimitError,
  TimeoutError,
} from "../index.ts";
import {
  connectionReset,
  type FixtureOperations,
  jsonResponse,
  operations,
  scriptedFetch,
  testOptions,
} from "./fixtures.ts";

const event = { id: "evt_1", object: "event" };
const error = (status: number) => ({ error: { type: "api_error", message: `status ${status}` } });

function setup(steps: Parameters<typeof scriptedFetch>, extra: ClientOptions = {}) {
  const { fetch, sent } = scriptedFetch(...steps);
  const sleeps: number[] = [];
  const client = createRuntimeClient<FixtureOperations>(operations, {}, { ...testOptions(fetch, sleeps), ...extra });
  return { client, sent, sleeps };
}

describe("retries on the wire", () => {
  it("500 then 200 resolves after one backoff", async () => {
    const { client, sent, sleeps } = setup([jsonResponse(500, error(500)), jsonResponse(200, event)]);
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(event);
    expect(sent).toHaveLength(2);
    expect(sleeps).toEqual([500]);
    expect(client.lastResponse?.status).toBe(200);
  });

  it("409 then 200 resolves", async () => {
    const { client, sent } = setup([jsonResponse(409, error(409)), jsonResponse(200, event)]);
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(event);
    expect(sent).toHaveLength(2);
  });

  it("a 429 without Stripe-Should-Retry is not retried", async () => {
    const { client, sent } = setup([
      jsonResponse(429, { error: { type: "invalid_request_error", code: "rate_limit" } }),
    ]);
    await expect(client.getEventsId({ path: { id: "evt_1" } })).rejects.toBeInstanceOf(RateLimitError);
    expect(sent).toHaveLength(1);
  });

  it("a 429 with Stripe-Should-Retry: true is retried", async () => {
    const { client, sent } = setup([
      jsonResponse(429, error(429), { "stripe-should-retry": "true" }),
      jsonResponse(200, event),
    ]);
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(event);
    expect(sent).toHaveLength(2);
  });

  it("a 500 with Stripe-Should-Retry: false is not retried", async () => {
    const { client, sent } = setup([jsonResponse(500, error(500), { "stripe-should-retry": "false" })]);
    await expect(client.getEventsId({ path: { id: "evt_1" } })).rejects.toBeInstanceOf(ApiError);
    expect(sent).toHaveLength(1);
  });

  it("stops after maxNetworkRetries and throws the last error", async () => {
    const { client, sent, sleeps } = setup([
      jsonResponse(500, error(500)),
      jsonResponse(502, error(502)),
      jsonResponse(503, error(503)),
    ]);
    await expect(client.getEventsId({ path: { id: "evt_1" } })).rejects.toMatchObject({
      status: 503,
      message: "status 503",
    });
    expect(sent).toHaveLength(3);
    expect(sleeps).toEqual([500, 500]);
  });

  it("four retries wait as stripe-node does: 0.5 s, 0.5 s, then doubling (jitter 0.5 here)", async () => {
    const { client, sleeps } = setup(
      [500, 502, 503, 500].map((status) => jsonResponse(status, error(status))).concat(jsonResponse(200, event)),
      { maxNetworkRetries: 4 },
    );
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(event);
    expect(sleeps).toEqual([500, 500, 750, 1500]);
  });

  it("Stripe-Should-Retry: true is obeyed on a 2xx too", async () => {
    const { client, sent } = setup([
      jsonResponse(200, { ...event, id: "evt_stale" }, { "stripe-should-retry": "true" }),
      jsonResponse(200, event),
    ]);
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(event);
    expect(sent).toHaveLength(2);
  });

  it("a closed connection is retried once even with maxNetworkRetries: 0", async () => {
    const { client, sent, sleeps } = setup([connectionReset(), jsonResponse(200, event)], { maxNetworkRetries: 0 });
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(event);
    expect(sent).toHaveLength(2);
    expect(sleeps).toEqual([500]);
  });

  it("…but only once (twin)", async () => {
    const { client, sent } = setup([connectionReset(), connectionReset()], { maxNetworkRetries: 0 });
    await expect(client.getEventsId({ path: { id: "evt_1" } })).rejects.toBeInstanceOf(ConnectionError);
    expect(sent).toHaveLength(2);
  });

  it("…and a refused connection is not retried with maxNetworkRetries: 0 (twin)", async () => {
    const refused = new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
    });
    const { client, sent } = setup([refused], { maxNetworkRetries: 0 });
    await expect(client.getEventsId({ path: { id: "evt_1" } })).rejects.toBeInstanceOf(ConnectionError);
    expect(sent).toHaveLength(1);
  });

  it("per-call maxNetworkRetries overrides the client's", async () => {
    const { client, sent } = setup([jsonResponse(500, error(500)), jsonResponse(500, error(500))], {
      maxNetworkRetries: 5,
    });
    await expect(client.getEventsId({ path: { id: "evt_1" }, maxNetworkRetries: 1 })).rejects.toBeInstanceOf(ApiError);
    expect(sent).toHaveLength(2);
  });

  it("maxNetworkRetries: 0 sends exactly once", async () => {
    const { client, sent } = setup([jsonResponse(500, error(500))], { maxNetworkRetries: 0 });
    await expect(client.getEventsId({ path: { id: "evt_1" } })).rejects.toBeInstanceOf(ApiError);
    expect(sent).toHaveLength(1);
  });

  it("a connection reset is retried, then surfaces as ConnectionError with its cause", async () => {
    const { client, sent } = setup([connectionReset(), connectionReset(), connectionReset()]);
    const failure = await client.getEventsId({ path: { id: "evt_1" } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConnectionError);
    expect(failure).not.toBeInstanceOf(TimeoutError);
    expect((failure as Error).message).toContain("ECONNRESET");
    expect(sent).toHaveLength(3);
  });

  it("a connection reset then 200 resolves", async () => {
    const { client, sent } = setup([connectionReset(), jsonResponse(200, event)]);
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(event);
    expect(sent).toHaveLength(2);
  });

  it("every retry of a write reuses one automatic Idempotency-Key", async () => {
    const { client, sent } = setup([jsonResponse(500, error(500)), connectionReset(), jsonResponse(200, event)]);
    await expect(client.postTestObjects({ body: { description: "x" } })).resolves.toEqual(event);
    expect(sent.map((r) => r.headers.get("idempotency-key"))).toEqual(["key_1", "key_1", "key_1"]);
  });

  it("the caller's idempotencyKey is used on every retry", async () => {
    const { client, sent } = setup([jsonResponse(409, error(409)), jsonResponse(200, event)]);
    await client.postTestObjects({ idempotencyKey: "mine_1" });
    expect(sent.map((r) => r.headers.get("idempotency-key"))).toEqual(["mine_1", "mine_1"]);
  });

  it("a key in headers counts as the caller's key", async () => {
    const { client, sent } = setup([jsonResponse(500, error(500)), jsonResponse(200, event)]);
    await client.postTestObjects({ headers: { "Idempotency-Key": "hdr_1" } });
    expect(sent.map((r) => r.headers.get("idempotency-key"))).toEqual(["hdr_1", "hdr_1"]);
  });

  it("each call of a write gets a fresh key", async () => {
    const { client, sent } = setup([jsonResponse(200, event), jsonResponse(200, event)]);
    await client.postTestObjects();
    await client.postTestObjects();
    expect(sent.map((r) => r.headers.get("idempotency-key"))).toEqual(["key_1", "key_2"]);
  });

  it("GET requests carry no Idempotency-Key", async () => {
    const { client, sent } = setup([jsonResponse(200, event)]);
    await client.getEventsId({ path: { id: "evt_1" } });
    expect(sent[0]?.headers.has("idempotency-key")).toBe(false);
  });

  it("the default key generator produces distinct UUID-based keys", async () => {
    const { fetch, sent } = scriptedFetch(jsonResponse(200, event), jsonResponse(200, event));
    const client = createRuntimeClient<FixtureOperations>(operations, {}, { fetch });
    await client.postTestObjects();
    await client.postTestObjects();
    const [first, second] = sent.map((r) => r.headers.get("idempotency-key"));
    expect(first).toMatch(/^stripe-events-contract-[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });
});
