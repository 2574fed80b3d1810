import { describe, expect, it } from "vitest";
import type { ValidationError } from "../../runtime/operation.ts";
import { describeExpectation, formatViolation, truncate, violationsFromErrors } from "../violation.ts";

const error = (keyword: string, params: Record<string, unknown>, pointer = "/x"): ValidationError => ({
  pointer,
  schemaPath: `#/properties/x/${keyword}`,
  keyword,
  params,
  message: `bad ${keyword}`,
});

describe("describeExpectation", () => {
  it.each([
    { keyword: "type", params: { type: "integer" }, want: "type integer" },
    { keyword: "type", params: { type: ["string", "null"] }, want: 'type "string", "null"' },
    { keyword: "required", params: { missingProperty: "id" }, want: 'required property "id"' },
    { keyword: "enum", params: { allowedValues: ["event"] }, want: 'one of "event"' },
    { keyword: "const", params: { allowedValue: "event" }, want: '"event"' },
    { keyword: "pattern", params: { pattern: "^evt_" }, want: "a string matching /^evt_/" },
    { keyword: "format", params: { format: "date-time" }, want: "format date-time" },
    { keyword: "maxLength", params: { limit: 5000 }, want: "at most 5000" },
    { keyword: "anyOf", params: {}, want: "bad anyOf" },
  ])("$keyword with $params → $want", ({ keyword, params, want }) => {
    expect(describeExpectation(error(keyword, params))).toBe(want);
  });
});

describe("violationsFromErrors", () => {
  const context = {
    source: "contract-tests/recordings/a.json",
    operation: "getEventsId",
    status: 200,
    schema: "event",
  };

  it("carries pointer, schema path, expected and the actual value found at the pointer", () => {
    const [violation] = violationsFromErrors(context, { x: "oops" }, [error("type", { type: "integer" })]);
    expect(violation).toEqual({
      ...context,
      reason: "bad type",
      pointer: "/x",
      schemaPath: "#/properties/x/type",
      expected: "type integer",
      actual: '"oops"',
    });
  });

  it("reports a removed property as absent", () => {
    const [violation] = violationsFromErrors(context, { y: 1 }, [error("required", { missingProperty: "x" }, "/x")]);
    expect(violation?.actual).toBe("(absent)");
  });

  it("truncates long actual values", () => {
    const [violation] = violationsFromErrors(context, { x: "a".repeat(500) }, [error("type", { type: "integer" })]);
    expect(violation?.actual).toMatch(/^"a{100,}… \(502 chars\)$/);
    expect(violation?.actual?.length).toBeLessThan(140);
  });
});

describe("formatViolation", () => {
  it("names the source, operation, status, schema, pointer, schema path, expected and actual", () => {
    const text = formatViolation({
      source: "rec.json",
      operation: "getEvents",
      status: 200,
      schema: "NotificationEventList",
      reason: "must be boolean",
      pointer: "/has_more",
      schemaPath: "#/properties/has_more/type",
      expected: "type boolean",
      actual: '"yes"',
    });
    expect(text).toBe(
      [
        "✖ rec.json: getEvents → 200 (schema NotificationEventList)",
        "    reason:      must be boolean",
        "    at:          /has_more",
        "    schema path: #/properties/has_more/type",
        "    expected:    type boolean",
        '    actual:      "yes"',
      ].join("\n"),
    );
  });

  it("shows the root pointer readably and omits absent fields", () => {
    expect(formatViolation({ source: "s", operation: "op", reason: "r", pointer: "" })).toBe(
      "✖ s: op\n    reason:      r\n    at:          (root)",
    );
  });

  it("truncate leaves short text alone", () => {
    expect(truncate("short")).toBe("short");
  });
});
