// Argument errors (TypeErrors: setup bugs, not bad deliveries), messages that say what to do, and
// signPayload's own contract.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signPayload, signPayloadAsync } from "../sign-payload.ts";
import { WebhookSignatureError } from "../signature-error.ts";
import { verifySignature } from "../verify-signature.ts";
import { thrown } from "./deliveries.ts";

const SECRET = `whsec_test_${randomUUID().replaceAll("-", "")}`;
const T = 1_735_689_600;
const header = signPayload({ payload: "{}", secret: SECRET, timestamp: T });

const failure = (run: () => unknown) => thrown(WebhookSignatureError, run);

describe("argument errors", () => {
  it.each([
    ["toleranceSeconds 0 (stripe-node reads it as 'no check')", { toleranceSeconds: 0 }, /pass Infinity/],
    ["a negative tolerance", { toleranceSeconds: -1 }, /positive number/],
    ["a NaN tolerance", { toleranceSeconds: Number.NaN }, /positive number/],
    ["a non-finite now", { now: Number.NaN }, /unix seconds/],
  ])("refuses %s with a TypeError", (_name, options, message) => {
    expect(() => verifySignature("{}", header, SECRET, { now: T, ...options })).toThrow(TypeError);
    expect(() => verifySignature("{}", header, SECRET, { now: T, ...options })).toThrow(message);
  });

  it("accepts its twin, a one-second tolerance", () => {
    expect(verifySignature("{}", header, SECRET, { now: T + 1, toleranceSeconds: 1 })).toEqual({ timestamp: T });
  });

  it.each([
    ["no secret", []],
    ["an empty secret", ""],
    ["a blank secret among others", [SECRET, "  "]],
  ])("refuses %s with a TypeError", (_name, secrets) => {
    expect(() => verifySignature("{}", header, secrets as string[], { now: T })).toThrow(TypeError);
  });
});

describe("messages", () => {
  it("no-match and not-raw-body tell how to get the raw body in Express and Next.js", () => {
    const noMatch = failure(() => verifySignature("{ }", header, SECRET, { now: T }));
    const parsed = failure(() => verifySignature({} as never, header, SECRET, { now: T }));
    for (const error of [noMatch, parsed]) {
      expect(error.message).toContain('express.raw({ type: "application/json" })');
      expect(error.message).toContain("await request.text()");
    }
    expect(noMatch.reason).toBe("no-match");
    expect(parsed.reason).toBe("not-raw-body");
  });

  it("no-match points at whitespace in a secret, and only then", () => {
    const spaced = failure(() => verifySignature("{ }", header, `${SECRET}\n`, { now: T }));
    const clean = failure(() => verifySignature("{ }", header, SECRET, { now: T }));
    expect(spaced.message).toContain("contains whitespace");
    expect(clean.message).not.toContain("contains whitespace");
  });

  it("too-old and in-future give the age and the tolerance", () => {
    expect(failure(() => verifySignature("{}", header, SECRET, { now: T + 400 })).message).toMatch(
      /400 s old, more than the tolerance of 300 s/,
    );
    expect(failure(() => verifySignature("{}", header, SECRET, { now: T - 400 })).message).toMatch(
      /400 s in the future, more than the tolerance of 300 s/,
    );
  });

  it("malformed-header names what is wrong", () => {
    expect(failure(() => verifySignature("{}", "t=soon,v1=00", SECRET, { now: T })).message).toContain(
      't="soon" is not unix seconds',
    );
    expect(failure(() => verifySignature("{}", ["t=1"] as never, SECRET, { now: T })).message).toContain(
      "an array (pass the single header value)",
    );
  });
});

describe("signPayload", () => {
  it("writes t=<timestamp>,v1=<64 lowercase hex>, the same sync and async", async () => {
    expect(header).toMatch(new RegExp(`^t=${T},v1=[0-9a-f]{64}$`));
    await expect(signPayloadAsync({ payload: "{}", secret: SECRET, timestamp: T })).resolves.toBe(header);
  });

  it("signs bytes and the same text alike, and different text differently", () => {
    const bytes = signPayload({ payload: new TextEncoder().encode("{}"), secret: SECRET, timestamp: T });
    const other = signPayload({ payload: "{ }", secret: SECRET, timestamp: T });
    expect(bytes).toBe(header);
    expect(other).not.toBe(header);
  });

  it("defaults the timestamp to now", () => {
    const before = Math.floor(Date.now() / 1000);
    const timestamp = Number(/^t=(\d+),/.exec(signPayload({ payload: "{}", secret: SECRET }))![1]);
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(before + 5);
  });

  it.each([
    ["an object payload", { payload: {} as never, secret: SECRET }, /raw body/],
    ["a fractional timestamp", { payload: "{}", secret: SECRET, timestamp: 1.5 }, /whole unix seconds/],
    ["an empty secret", { payload: "{}", secret: "" }, /empty/],
  ])("refuses %s", (_name, options, message) => {
    expect(() => signPayload(options)).toThrow(message);
  });
});
