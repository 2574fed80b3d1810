import { describe, expect, it } from "vitest";
import { cassetteFromRecording, type RecordedDefinition } from "../to-cassette.ts";

const meta = { name: "v1-events-list-401", recordedAt: "2026-01-01T00:00:00.000Z", server: "test server" };
const longKey = `sk_test_${"Zz9Yy8Xx".repeat(3)}`;

function definition(overrides: Partial<RecordedDefinition> = {}): RecordedDefinition {
  return {
    scope: "https://api.stripe.com:443",
    method: "GET",
    path: "/v1/events?limit=1&types[0]=a.b&created[gte]=5",
    body: "",
    status: 401,
    response: { error: { message: `Invalid API Key provided: ${longKey}`, type: "invalid_request_error" } },
    rawHeaders: ["Content-Type", "application/json", "Set-Cookie", "session=1", "Request-Id", "req_1", "Date", "Mon"],
    reqheaders: { authorization: `Bearer ${longKey}`, "stripe-version": "2023-10-16", host: "api.stripe.com" },
    ...overrides,
  };
}

describe("cassetteFromRecording", () => {
  it("splits the query into structured parameters", () => {
    expect(cassetteFromRecording(definition(), meta).request).toEqual({
      method: "GET",
      path: "/v1/events",
      query: { limit: "1", types: ["a.b"], created: { gte: "5" } },
      headers: { "stripe-version": "2023-10-16" },
    });
  });

  it("removes Authorization and cookies and replaces key-like strings in the body", () => {
    const cassette = cassetteFromRecording(definition(), meta);
    expect(cassette.response).toEqual({
      status: 401,
      headers: { "content-type": "application/json", "request-id": "req_1" },
      body: { error: { message: "Invalid API Key provided: sk_test_[REDACTED]", type: "invalid_request_error" } },
    });
    expect(JSON.stringify(cassette)).not.toContain("Zz9Yy8Xx");
  });

  it("states where the exchange came from", () => {
    expect(cassetteFromRecording(definition(), meta).source).toMatchObject({
      kind: "recorded",
      origin: "https://api.stripe.com:443 (test server)",
      recordedAt: meta.recordedAt,
    });
  });

  it("keeps a JSON request body, scrubbed", () => {
    const cassette = cassetteFromRecording(
      definition({ method: "POST", path: "/v2/x", body: JSON.stringify({ note: longKey }) }),
      meta,
    );
    expect(cassette.request.body).toEqual({ note: "sk_test_[REDACTED]" });
  });
});
