import { describe, expect, it } from "vitest";
import { parseCassette } from "../cassette.ts";

const source = { kind: "documented-example", origin: "seed", description: "d" };
const http = {
  kind: "http",
  name: "n",
  source,
  request: { method: "get", path: "/v1/events", query: { limit: 1 }, headers: {} },
  response: { status: 200, headers: {}, body: {} },
};

describe("parseCassette", () => {
  it("reads an HTTP cassette and normalises the method", () => {
    const cassette = parseCassette(http, "a.json");
    expect(cassette.kind === "http" && cassette.request.method).toBe("GET");
  });

  it("reads a webhook cassette", () => {
    const webhook = {
      kind: "webhook",
      name: "w",
      source,
      schema: "v2.core.event_notification",
      delivery: { headers: {}, body: { id: "evt_1" } },
    };
    expect(parseCassette(webhook, "w.json")).toEqual(webhook);
  });

  it.each([
    {
      mutate: (c: Record<string, unknown>) => ({ ...c, kind: "grpc" }),
      message: 'a.json: kind must be "http" or "webhook", got "grpc"',
    },
    {
      mutate: (c: Record<string, unknown>) => ({ ...c, source: { ...source, kind: "guess" } }),
      message: 'a.json: source.kind must be one of "documented-example", "recorded", "mock", got "guess"',
    },
    {
      mutate: (c: Record<string, unknown>) => ({ ...c, request: { ...http.request, path: "/v1/events?limit=1" } }),
      message: "a.json: request.path must not contain a query; use request.query",
    },
    {
      mutate: (c: Record<string, unknown>) => ({ ...c, response: { ...http.response, status: "200" } }),
      message: "a.json: response.status must be an integer",
    },
    {
      mutate: (c: Record<string, unknown>) => ({ ...c, request: { ...http.request, headers: { authorization: 1 } } }),
      message: "a.json: request.headers.authorization must be a string",
    },
  ])("names the file and field: $message", ({ mutate, message }) => {
    expect(() => parseCassette(mutate(http), "a.json")).toThrow(message);
  });
});
