// The retry rules as tables: the stripe policy is stripe-node 23's RequestSender._shouldRetry and
// _getSleepTimeInMS rule for rule (the differential test checks the same on the wire).
import { describe, expect, it } from "vitest";
import { backoffMs, IDEMPOTENT_RETRIES, NO_RETRIES, STRIPE_RETRIES } from "../retry-policy.ts";

const headers = (shouldRetry?: string) =>
  new Headers(shouldRetry === undefined ? {} : { "stripe-should-retry": shouldRetry });

describe("stripe policy, after a response", () => {
  it.each([
    { status: 500, advice: undefined, retriesDone: 0, want: true },
    { status: 503, advice: undefined, retriesDone: 1, want: true },
    { status: 409, advice: undefined, retriesDone: 0, want: true },
    { status: 429, advice: undefined, retriesDone: 0, want: false },
    { status: 429, advice: "true", retriesDone: 0, want: true },
    { status: 500, advice: "false", retriesDone: 0, want: false },
    { status: 400, advice: undefined, retriesDone: 0, want: false },
    { status: 400, advice: "true", retriesDone: 0, want: true },
    { status: 200, advice: "true", retriesDone: 0, want: true },
    { status: 200, advice: undefined, retriesDone: 0, want: false },
    { status: 500, advice: undefined, retriesDone: 2, want: false },
    { status: 500, advice: "true", retriesDone: 2, want: false },
  ])("$status, Stripe-Should-Retry $advice, $retriesDone of 2 retries done → $want", (row) => {
    expect(STRIPE_RETRIES.afterResponse(row.status, headers(row.advice), row.retriesDone, 2)).toBe(row.want);
  });
});

describe("stripe policy, after a failure before any response", () => {
  it.each([
    { code: "ECONNRESET", retriesDone: 0, max: 0, want: true },
    { code: "EPIPE", retriesDone: 0, max: 0, want: true },
    { code: "UND_ERR_SOCKET", retriesDone: 0, max: 0, want: true },
    { code: "ECONNRESET", retriesDone: 1, max: 0, want: false },
    { code: "ECONNREFUSED", retriesDone: 0, max: 0, want: false },
    { code: undefined, retriesDone: 0, max: 0, want: false },
    { code: "ECONNREFUSED", retriesDone: 0, max: 1, want: true },
    { code: "ECONNREFUSED", retriesDone: 1, max: 1, want: false },
    { code: "ECONNRESET", retriesDone: 1, max: 2, want: true },
  ])("$code after $retriesDone of $max retries → $want", ({ code, retriesDone, max, want }) => {
    expect(STRIPE_RETRIES.afterFailure(code, retriesDone, max)).toBe(want);
  });
});

describe("openapi policies", () => {
  it.each([
    { status: 408, want: true },
    { status: 429, want: true },
    { status: 500, want: true },
    { status: 502, want: true },
    { status: 503, want: true },
    { status: 504, want: true },
    { status: 409, want: false },
    { status: 501, want: false },
    { status: 404, want: false },
    { status: 200, want: false },
  ])("an idempotent request retries status $status: $want", ({ status, want }) => {
    expect(IDEMPOTENT_RETRIES.afterResponse(status, headers("true"), 0, 2)).toBe(want);
    expect(IDEMPOTENT_RETRIES.afterResponse(status, headers(), 2, 2)).toBe(false);
  });

  it("an idempotent request retries failures while retries remain; a closed connection gets no extra retry", () => {
    expect(IDEMPOTENT_RETRIES.afterFailure("ECONNREFUSED", 0, 1)).toBe(true);
    expect(IDEMPOTENT_RETRIES.afterFailure("ECONNRESET", 0, 0)).toBe(false);
  });

  it("a write without an Idempotency-Key is never retried", () => {
    expect(NO_RETRIES.afterResponse(503, headers(), 0, 2)).toBe(false);
    expect(NO_RETRIES.afterFailure("ECONNRESET", 0, 2)).toBe(false);
  });
});

describe("backoff", () => {
  it.each([
    { retriesDone: 0, random: 0, want: 500 },
    { retriesDone: 0, random: 0.999999, want: 500 },
    { retriesDone: 1, random: 0, want: 500 },
    { retriesDone: 1, random: 1, want: 500 },
    { retriesDone: 2, random: 0, want: 500 },
    { retriesDone: 2, random: 0.5, want: 750 },
    { retriesDone: 2, random: 1, want: 1000 },
    { retriesDone: 3, random: 0, want: 1000 },
    { retriesDone: 3, random: 1, want: 2000 },
    { retriesDone: 4, random: 1, want: 4000 },
    { retriesDone: 5, random: 1, want: 5000 },
    { retriesDone: 10, random: 0, want: 2500 },
  ])("after $retriesDone retries with random $random: $want ms", ({ retriesDone, random, want }) => {
    expect(backoffMs(retriesDone, () => random)).toBeCloseTo(want, 6);
  });
});
