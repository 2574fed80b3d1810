// Parity with the official `stripe` package (stripe-node 23): each side's test headers verify on
// the other, and a table of header and payload cases gets the same accept or reject from both,
// except the cases where we are stricter on purpose (listed in the README), pinned here.
import { createHmac } from "node:crypto";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { constructEvent, parseEventNotification, signPayload, verifySignature } from "../index.ts";
import { OTHER_SECRET, pingNotification, SECRET, T, v1Event } from "./deliveries.ts";

const stripe = new Stripe("sk_test_parity");
const PAYLOAD = JSON.stringify(v1Event(), null, 2);
/** A v1 signature over an arbitrary `${t}.${payload}` content, as stripe-node would compute it. */
const hmac = (content: string, secret = SECRET) => createHmac("sha256", secret).update(content).digest("hex");
const sig = (timestamp: number | string = T, payload = PAYLOAD) => hmac(`${timestamp}.${payload}`);

interface Case {
  readonly name: string;
  readonly header: string | undefined;
  readonly payload?: unknown;
  readonly secret?: string;
  /** Unix seconds; default T + 10. */
  readonly now?: number;
  readonly tolerance?: number;
  /** Set where we reject on purpose what stripe-node accepts. */
  readonly stricter?: string;
}

const CASES: readonly Case[] = [
  { name: "a valid header", header: `t=${T},v1=${sig()}` },
  { name: "a tampered payload", header: `t=${T},v1=${sig()}`, payload: PAYLOAD.replace('"event"', '"evant"') },
  { name: "a wrong secret", header: `t=${T},v1=${sig()}`, secret: OTHER_SECRET },
  { name: "the second of two v1 entries matches", header: `t=${T},v1=${"0".repeat(64)},v1=${sig()}` },
  { name: "a v0 entry only", header: `t=${T},v0=${sig()}` },
  { name: "a v0 entry beside a valid v1", header: `t=${T},v0=abc,v1=${sig()}` },
  { name: "an item without =", header: `t=${T},v1=${sig()},junk` },
  { name: "uppercase hex", header: `t=${T},v1=${sig().toUpperCase()}` },
  { name: "a space before v1", header: `t=${T}, v1=${sig()}` },
  { name: "an empty v1 entry beside a valid one", header: `t=${T},v1=,v1=${sig()}` },
  { name: "no header", header: undefined },
  { name: "an empty header", header: "" },
  { name: "no t", header: `v1=${sig()}` },
  { name: "t with leading zeros", header: `t=0${T},v1=${sig()}` },
  { name: "age exactly the tolerance", header: `t=${T},v1=${sig()}`, now: T + 300 },
  { name: "age one second beyond the tolerance", header: `t=${T},v1=${sig()}`, now: T + 301 },
  { name: "a custom tolerance of 10 s, 11 s old", header: `t=${T},v1=${sig()}`, now: T + 11, tolerance: 10 },
  { name: "100 s in the future", header: `t=${T},v1=${sig()}`, now: T - 100 },
  { name: "a Buffer payload", header: `t=${T},v1=${sig()}`, payload: Buffer.from(PAYLOAD) },
  { name: "an empty payload", header: `t=${T},v1=${sig(T, "")}`, payload: "" },
  { name: "a parsed payload", header: `t=${T},v1=${sig()}`, payload: JSON.parse(PAYLOAD) },
  {
    name: "a non-numeric t, signed over NaN",
    header: `t=abc,v1=${hmac(`NaN.${PAYLOAD}`)}`,
    stricter: "a non-numeric t is malformed-header (stripe-node computes with NaN and skips the age check)",
  },
  {
    name: "t=<digits>abc, signed over the digits",
    header: `t=${T}abc,v1=${sig()}`,
    stricter: "a non-numeric t is malformed-header (stripe-node reads the leading digits)",
  },
  {
    name: "two t entries, signed with the last",
    header: `t=1,t=${T},v1=${sig()}`,
    stricter: "a repeated t is malformed-header (stripe-node takes the last one)",
  },
  {
    name: "an hour in the future",
    header: `t=${T + 3600},v1=${sig(T + 3600)}`,
    stricter: "a timestamp beyond the tolerance in the future is in-future (stripe-node accepts any future time)",
  },
  {
    name: "tolerance 0, a year old",
    header: `t=${T},v1=${sig()}`,
    now: T + 31_536_000,
    tolerance: 0,
    stricter: "tolerance 0 is an argument error (stripe-node reads it as no check; pass Infinity for that)",
  },
];

type Verdict = "accept" | "reject";

function verdict(run: () => unknown): Verdict {
  try {
    run();
    return "accept";
  } catch {
    return "reject";
  }
}

function theirs(c: Case): Verdict {
  const now = c.now ?? T + 10;
  return verdict(() =>
    stripe.webhooks.constructEvent(
      (c.payload ?? PAYLOAD) as string,
      c.header as string,
      c.secret ?? SECRET,
      c.tolerance,
      undefined,
      now * 1000,
    ),
  );
}

function ours(c: Case): Verdict {
  const options = { now: c.now ?? T + 10, ...(c.tolerance === undefined ? {} : { toleranceSeconds: c.tolerance }) };
  return verdict(() => constructEvent((c.payload ?? PAYLOAD) as string, c.header, c.secret ?? SECRET, options));
}

describe("parity with stripe-node's webhooks.constructEvent", () => {
  it("has at least 15 cases, and both verdicts occur", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CASES.map(theirs))).toEqual(new Set(["accept", "reject"]));
  });

  it.each(CASES.filter((c) => c.stricter === undefined))("$name: the same verdict", (c) => {
    expect(ours(c)).toBe(theirs(c));
  });

  it.each(CASES.filter((c) => c.stricter !== undefined))("$name: stripe-node accepts, we reject ($stricter)", (c) => {
    expect([theirs(c), ours(c)]).toEqual(["accept", "reject"]);
  });
});

describe("test headers cross over", () => {
  it("stripe-node's generateTestHeaderString verifies with verifySignature", () => {
    const header = stripe.webhooks.generateTestHeaderString({ payload: PAYLOAD, secret: SECRET, timestamp: T });
    expect(verifySignature(PAYLOAD, header, SECRET, { now: T })).toEqual({ timestamp: T });
    expect(() => verifySignature(PAYLOAD, header, OTHER_SECRET, { now: T })).toThrow(/No v1 signature/);
  });

  it("signPayload's header passes stripe-node's constructEvent, and a wrong secret fails there too", () => {
    const header = signPayload({ payload: PAYLOAD, secret: SECRET });
    expect(stripe.webhooks.constructEvent(PAYLOAD, header, SECRET).id).toBe(v1Event().id);
    expect(() => stripe.webhooks.constructEvent(PAYLOAD, header, OTHER_SECRET)).toThrow(/No signatures found/);
  });

  it("a signed thin notification parses on both sides, and each refuses it as a v1 event", () => {
    const raw = JSON.stringify(pingNotification(), null, 2);
    const header = signPayload({ payload: raw, secret: SECRET, timestamp: T });
    expect(stripe.parseEventNotification(raw, header, SECRET, undefined, undefined, T * 1000).id).toBe(
      pingNotification().id,
    );
    expect(parseEventNotification(raw, header, SECRET, { now: T }).id).toBe(pingNotification().id);
    expect(() => stripe.webhooks.constructEvent(raw, header, SECRET, undefined, undefined, T * 1000)).toThrow(
      /thin event/,
    );
    expect(() => constructEvent(raw, header, SECRET, { now: T })).toThrow(/use parseEventNotification/);
  });
});
