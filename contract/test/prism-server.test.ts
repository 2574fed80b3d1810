// Starts a real Prism (loopback only) on the v2 spec to pin two behaviours the live suite relies
// on: requests that break the spec are reported as violations, and stop() really stops Prism.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OperationDescriptor, ValidateFn } from "../../runtime/operation.ts";
import { SPEC_FILES } from "../../test-support/repo.ts";
import { type ClientFactory, callOperation } from "../call-operation.ts";
import { checkExchange } from "../check-exchange.ts";
import { type PrismServer, startPrism } from "../prism-server.ts";

const listEvents: OperationDescriptor = {
  profile: "stripe",
  operationId: "getV2CoreEvents",
  method: "GET",
  path: "/v2/core/events",
  serverUrl: "",
  apiVersion: "",
  responses: { "200": "v2.core.event_list" },
};
const acceptAll: ValidateFn = () => ({ valid: true });
// Stand-in client: sends exactly the query it is given, like a client with an encoding bug would.
const standIn: ClientFactory = ({ baseUrl, apiKey, fetch }) => ({
  async getV2CoreEvents({ query }: { query: Record<string, string> }) {
    const response = await fetch(`${baseUrl}/v2/core/events?${new URLSearchParams(query).toString()}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    return response.json();
  },
});

describe("Prism mock server", () => {
  let prism: PrismServer;

  beforeAll(async () => {
    prism = await startPrism({ specFile: SPEC_FILES.v2 });
  });

  afterAll(async () => {
    await prism.stop();
  });

  it.each([
    { query: { object_id: "ed_1" }, want: [] },
    {
      query: { limit: "10" },
      want: [
        "Prism rejected the request the client sent",
        "status 422 is not documented for GET /v2/core/events",
        "client returned normally on an error response",
      ],
    },
  ])("query $query gives violations $want", async ({ query, want }) => {
    const outcome = await callOperation(
      standIn,
      { apiKey: "sk_test_123", baseUrl: prism.baseUrl },
      { operationId: "getV2CoreEvents", path: {}, query },
    );
    const verdict = checkExchange(
      {
        source: "prism",
        operation: listEvents,
        call: { operationId: "getV2CoreEvents", path: {}, query },
        outcome,
        expectedPath: "/v2/core/events",
      },
      acceptAll,
    );
    expect(verdict.violations.map((violation) => violation.reason)).toEqual(want);
  });

  it("stops listening after stop()", async () => {
    const second = await startPrism({ specFile: SPEC_FILES.v2 });
    await second.stop();
    await expect(fetch(`${second.baseUrl}/v2/core/events?object_id=ed_1`)).rejects.toThrow();
  });
});
