import { describe, expect, it } from "vitest";
import type { OperationDescriptor, ValidateFn } from "../../runtime/operation.ts";
import { checkResponse } from "../check-response.ts";

const operation: OperationDescriptor = {
  profile: "stripe",
  operationId: "getThing",
  method: "GET",
  path: "/v1/things/{id}",
  serverUrl: "https://api.stripe.com",
  apiVersion: "2023-10-16",
  responses: { "200": "thing", "4XX": "client_error", default: "error" },
};

// Stand-in validator: `thing` needs ok === true; every other schema accepts anything.
const validate: ValidateFn = (name, data) =>
  name !== "thing" || (data as { ok?: unknown }).ok === true
    ? { valid: true }
    : {
        valid: false,
        errors: [
          {
            pointer: "/ok",
            schemaPath: "#/properties/ok/const",
            keyword: "const",
            params: { allowedValue: true },
            message: "must be equal to constant",
          },
        ],
      };

describe("checkResponse", () => {
  const check = (status: number, body: unknown, op = operation) =>
    checkResponse({ source: "case", operation: op, status, text: JSON.stringify(body) }, validate);

  // core/response-for-status.ts has the full table; this pins that the suite files statuses by it.
  it.each([
    { status: 200, want: "200" },
    { status: 404, want: "4XX" },
    { status: 500, want: "default" },
  ])("status $status falls under $want", ({ status, want }) => {
    expect(check(status, { ok: true }).responseKey).toBe(want);
  });

  it("files a status documented without a body under its own key, unchecked", () => {
    const bodiless = { ...operation, responses: { "200": null, default: "thing" } };
    expect(check(200, { ok: false }, bodiless)).toEqual({ responseKey: "200", violations: [] });
    expect(check(500, { ok: false }, bodiless).violations).toHaveLength(1); // twin: default is checked
  });

  it("accepts a body that matches the schema of its status", () => {
    expect(check(200, { ok: true })).toEqual({ responseKey: "200", violations: [] });
  });

  it("reports a schema violation with pointer and expectation", () => {
    expect(check(200, { ok: false }).violations).toEqual([
      {
        source: "case",
        operation: "getThing",
        status: 200,
        schema: "thing",
        reason: "must be equal to constant",
        pointer: "/ok",
        schemaPath: "#/properties/ok/const",
        expected: "true",
        actual: "false",
      },
    ]);
  });

  it("fails an undocumented status", () => {
    const verdict = check(404, {}, { ...operation, responses: { "200": "thing" } });
    expect(verdict.responseKey).toBeUndefined();
    expect(verdict.violations[0]).toMatchObject({
      reason: "status 404 is not documented for GET /v1/things/{id}",
      expected: "one of 200",
      actual: "404",
    });
  });

  it("fails a body that is not JSON", () => {
    const verdict = checkResponse({ source: "case", operation, status: 200, text: "<html>" }, validate);
    expect(verdict.violations[0]?.reason).toMatch(/^body is not JSON/);
  });
});
