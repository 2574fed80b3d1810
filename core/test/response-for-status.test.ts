import { describe, expect, it } from "vitest";
import { type DocumentedResponses, responseForStatus } from "../response-for-status.ts";

const ALL: DocumentedResponses = { "200": "thing", "4XX": "client_error", default: "error" };

describe("responseForStatus", () => {
  it.each<{ given: string; responses: DocumentedResponses; status: number; want: unknown }>([
    { given: "an exact code", responses: ALL, status: 200, want: { key: "200", schema: "thing" } },
    {
      given: "a code in a documented range",
      responses: ALL,
      status: 404,
      want: { key: "4XX", schema: "client_error" },
    },
    { given: "a code only default covers", responses: ALL, status: 500, want: { key: "default", schema: "error" } },
    {
      given: "a success in a 2XX range",
      responses: { "2XX": "thing", default: "error" },
      status: 201,
      want: { key: "2XX", schema: "thing" },
    },
    {
      given: "an exact code documented without a body, beside default",
      responses: { "200": null, default: "error" },
      status: 200,
      want: { key: "200", schema: null },
    },
    {
      given: "a range documented without a body, beside default",
      responses: { "5XX": null, default: "error" },
      status: 503,
      want: { key: "5XX", schema: null },
    },
    {
      given: "the exact code before its range",
      responses: { "404": "not_found", "4XX": "client_error" },
      status: 404,
      want: { key: "404", schema: "not_found" },
    },
    { given: "a code nothing covers", responses: { "200": "thing" }, status: 404, want: undefined },
    {
      given: "a key only on the prototype chain",
      responses: Object.assign(Object.create({ "200": "inherited" }) as DocumentedResponses, { default: "error" }),
      status: 200,
      want: { key: "default", schema: "error" },
    },
  ])("$given: $status → $want", ({ responses, status, want }) => {
    expect(responseForStatus(responses, status)).toEqual(want);
  });
});
