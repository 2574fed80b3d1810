import { describe, expect, it } from "vitest";
import type { CapturedExchange } from "../capture-fetch.ts";
import { cassetteFromExchange } from "../to-cassette.ts";

const meta = { name: "v1-events-list-401", recordedAt: "2026-01-01T00:00:00.000Z", server: "test server" };
const longKey = `sk_test_${"Zz9Yy8Xx".repeat(3)}`;

function exchange(overrides: Partial<CapturedExchange["request"]> = {}): CapturedExchange {
  return {
    request: {
      method: "GET",
      url: new URL("https://api.stripe.com/v1/events?limit=1&types%5B0%5D=a.b&created%5Bgte%5D=5"),
      headers: { authorization: `Bearer ${longKey}`, "stripe-version": "2023-10-16", host: "api.stripe.com" },
      body: undefined,
      ...overrides,
    },
    response: {
      status: 401,
      headers: { "content-type": "application/json", "set-cookie": "session=1", "request-id": "req_1", date: "Mon" },
      text: JSON.stringify({
        error: { message: `Invalid API Key provided: ${longKey}`, type: "invalid_request_error" },
      }),
    },
  };
}

describe("cassetteFromExchange", () => {
  it("splits the query into structured parameters", () => {
    expect(cassetteFromExchange(exchange(), meta).request).toEqual({
      method: "GET",
      path: "/v1/events",
      query: { limit: "1", types: ["a.b"], created: { gte: "5" } },
      headers: { "stripe-version": "2023-10-16" },
    });
  });

  it("removes Authorization and cookies and replaces key-like strings in the body", () => {
    const cassette = cassetteFromExchange(exchange(), meta);
    expect(cassette.response).toEqual({
      status: 401,
      headers: { "content-type": "application/json", "request-id": "req_1" },
      body: { error: { message: "Invalid API Key provided: sk_test_[REDACTED]", type: "invalid_request_error" } },
    });
    expect(JSON.stringify(cassette)).not.toContain("Zz9Yy8Xx");
  });

  it("states where the exchange came from: a real server's answer is 'recorded'", () => {
    expect(cassetteFromExchange(exchange(), meta).source).toMatchObject({
      kind: "recorded",
      origin: "https://api.stripe.com (test server)",
      recordedAt: meta.recordedAt,
    });
  });

  it("a mock's answer is 'mock' (listed, never replayed), the twin of 'recorded'", () => {
    const source = cassetteFromExchange(exchange(), { ...meta, mock: true }).source;
    expect(source.kind).toBe("mock");
    expect(source.description).toContain("never replays it");
  });

  it("keeps a JSON request body, scrubbed", () => {
    const cassette = cassetteFromExchange(
      exchange({
        method: "POST",
        url: new URL("https://api.stripe.com/v2/x"),
        body: JSON.stringify({ note: longKey }),
      }),
      meta,
    );
    expect(cassette.request.body).toEqual({ note: "sk_test_[REDACTED]" });
  });

  it("refuses an exchange that got no response, naming why", () => {
    const failed: CapturedExchange = { ...exchange(), response: undefined, transportError: "ECONNREFUSED" };
    expect(() => cassetteFromExchange(failed, meta)).toThrow("Nothing to record for v1-events-list-401: ECONNREFUSED");
  });
});
