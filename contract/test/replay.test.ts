// Replay and exchange checks with a small stand-in client (the generated one is exercised by
// contract.test.ts), so each HTTP-level violation can be provoked on purpose.
import { describe, expect, it } from "vitest";
import type { OperationDescriptor, ValidateFn } from "../../runtime/operation.ts";
import type { ClientFactory } from "../call-operation.ts";
import type { HttpCassette } from "../cassette.ts";
import { replayCassette } from "../replay.ts";

const operations: Record<string, OperationDescriptor> = {
  getThing: {
    profile: "stripe",
    operationId: "getThing",
    method: "GET",
    path: "/v1/things/{id}",
    serverUrl: "",
    apiVersion: "",
    responses: { "200": "thing", default: "error" },
  },
};
const validate: ValidateFn = (name, data) =>
  name === "thing" && typeof (data as { id?: unknown }).id !== "string"
    ? {
        valid: false,
        errors: [
          {
            pointer: "/id",
            schemaPath: "#/properties/id/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
          },
        ],
      }
    : { valid: true };

interface StandInBehaviour {
  readonly encodeQuery?: (query: Record<string, unknown>) => string;
  readonly throwOnError?: boolean;
  /** Call another path than the one the operation and cassette name. */
  readonly wrongPath?: boolean;
}

function standInClient(behaviour: StandInBehaviour = {}): ClientFactory {
  const encode =
    behaviour.encodeQuery ??
    ((query) => new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString());
  return ({ baseUrl, fetch }) => ({
    async getThing({ path, query }: { path: { id: string }; query: Record<string, unknown> }) {
      const search = encode(query);
      const id = behaviour.wrongPath ? `${path.id}x` : path.id;
      const response = await fetch(`${baseUrl}/v1/things/${id}${search === "" ? "" : `?${search}`}`);
      const body: unknown = await response.json();
      if (response.status >= 400 && behaviour.throwOnError !== false)
        throw Object.assign(new Error("api error"), { status: response.status });
      return body;
    },
  });
}

function cassette(status: number, body: unknown, query: Record<string, unknown> = { expand: "x" }): HttpCassette {
  return {
    kind: "http",
    name: "thing",
    source: { kind: "documented-example", origin: "test", description: "test" },
    request: { method: "GET", path: "/v1/things/th_1", query, headers: {} },
    response: { status, headers: { "content-type": "application/json" }, body },
  };
}

const replay = (c: HttpCassette, behaviour?: StandInBehaviour) =>
  replayCassette("rec.json", c, { operations, createClient: standInClient(behaviour), validate });

describe("replayCassette", () => {
  it("passes a matching exchange and reports its operation and documented response", async () => {
    const result = await replay(cassette(200, { id: "th_1" }));
    expect(result).toEqual({ operationId: "getThing", verdict: { status: 200, responseKey: "200", violations: [] } });
  });

  it("maps an error status to the default response", async () => {
    const result = await replay(cassette(404, { error: {} }));
    expect(result.verdict).toEqual({ status: 404, responseKey: "default", violations: [] });
  });

  it("reports a body that breaks the schema", async () => {
    const { verdict } = await replay(cassette(200, { id: 1 }));
    expect(verdict.violations).toEqual([
      {
        source: "rec.json",
        operation: "getThing",
        status: 200,
        schema: "thing",
        reason: "must be string",
        pointer: "/id",
        schemaPath: "#/properties/id/type",
        expected: "type string",
        actual: "1",
      },
    ]);
  });

  it("reports a client that encodes the query differently", async () => {
    const { verdict } = await replay(cassette(200, { id: "th_1" }), { encodeQuery: () => "expand=y" });
    expect(verdict.violations.map((v) => v.reason)).toEqual(["client encoded the query differently from the case"]);
  });

  it("reports a client that does not throw on an error response", async () => {
    const { verdict } = await replay(cassette(404, { error: {} }), { throwOnError: false });
    expect(verdict.violations.map((v) => v.reason)).toEqual(["client returned normally on an error response"]);
  });

  it("answers nothing but the recorded request: another path is a transport error and a violation", async () => {
    const globalFetch = globalThis.fetch;
    const { verdict } = await replay(cassette(200, { id: "th_1" }), { wrongPath: true });
    expect(verdict.violations.map((v) => v.reason)).toContain("the client never made the recorded request");
    expect(verdict.violations.find((v) => v.reason === "the client never made the recorded request")).toMatchObject({
      expected: "GET /v1/things/th_1",
    });
    expect(globalThis.fetch).toBe(globalFetch);
  });

  it("reports a cassette no operation matches", async () => {
    const unmatched = { ...cassette(200, {}), request: { ...cassette(200, {}).request, path: "/v1/other" } };
    const { operationId, verdict } = await replay(unmatched);
    expect(operationId).toBeUndefined();
    expect(verdict.violations[0]?.reason).toBe("no operation in the specs matches GET /v1/other");
  });
});
