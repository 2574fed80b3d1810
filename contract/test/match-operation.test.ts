import { describe, expect, it } from "vitest";
import type { OperationDescriptor } from "../../runtime/operation.ts";
import { matchOperation } from "../match-operation.ts";
import { queryDifference } from "../query-equal.ts";

const op = (operationId: string, method: OperationDescriptor["method"], path: string): OperationDescriptor => ({
  profile: "stripe",
  operationId,
  method,
  path,
  serverUrl: "",
  apiVersion: "",
  responses: {},
});
const operations = {
  list: op("list", "GET", "/v1/events"),
  get: op("get", "GET", "/v1/events/{id}"),
  search: op("search", "GET", "/v1/events/search"),
  ping: op("ping", "POST", "/v2/core/event_destinations/{id}/ping"),
};

describe("matchOperation", () => {
  it.each([
    { method: "GET", path: "/v1/events", want: { id: "list", params: {} } },
    { method: "GET", path: "/v1/events/evt_1", want: { id: "get", params: { id: "evt_1" } } },
    { method: "GET", path: "/v1/events/search", want: { id: "search", params: {} } },
    { method: "post", path: "/v2/core/event_destinations/ed_1/ping", want: { id: "ping", params: { id: "ed_1" } } },
  ])("$method $path → $want.id", ({ method, path, want }) => {
    const match = matchOperation(operations, method, path);
    expect({ id: match?.operation.operationId, params: match?.pathParams }).toEqual(want);
  });

  it.each([
    { method: "POST", path: "/v1/events" },
    { method: "GET", path: "/v1/events/evt_1/extra" },
  ])("finds nothing for $method $path", ({ method, path }) => {
    expect(matchOperation(operations, method, path)).toBeUndefined();
  });
});

describe("queryDifference", () => {
  it.each([
    { expected: { limit: 2 }, search: "?limit=2" },
    {
      expected: { types: ["a", "b"], created: { gte: 1, lte: 2 } },
      search: "?types[0]=a&types[1]=b&created[gte]=1&created[lte]=2",
    },
    { expected: { types: ["a"] }, search: "?types%5B0%5D=a" },
    { expected: {}, search: "" },
  ])("treats $search as $expected", ({ expected, search }) => {
    expect(queryDifference(expected, search)).toBeUndefined();
  });

  it.each([
    { expected: { limit: 2 }, search: "?limit=3" },
    { expected: { created: { gte: 1 } }, search: "?created=1" },
    { expected: { limit: 2 }, search: "?limit=2&extra=1" },
  ])("tells $search from $expected", ({ expected, search }) => {
    expect(queryDifference(expected, search)).toBeDefined();
  });
});
