// verifySignature and verifySignatureAsync, one table for both: every accepted case has a rejected
// twin that differs in one thing, and every rejection is checked for its reason.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signPayload } from "../sign-payload.ts";
import { WebhookSignatureError } from "../signature-error.ts";
import { type VerifyOptions, verifySignature, verifySignatureAsync } from "../verify-signature.ts";

const SECRET = `whsec_test_${randomUUID().replaceAll("-", "")}`;
const OTHER_SECRET = `whsec_test_${randomUUID().replaceAll("-", "")}`;
const T = 1_735_689_600;
const PAYLOAD = '{\n  "id": "evt_1",\n  "object": "event"\n}';
const signed = (payload: string | Uint8Array = PAYLOAD, secret = SECRET, timestamp = T) =>
  signPayload({ payload, secret, timestamp });
const v1Of = (header: string) => header.split(",v1=")[1]!;

interface Case {
  name: string;
  payload?: unknown;
  header: () => string | null | undefined;
  secrets?: string | string[];
  options?: VerifyOptions;
}

type Pair = [accepted: Case, rejected: Case, reason: string];

const PAIRS: Pair[] = [
  [
    { name: "a valid header for a string payload", header: () => signed() },
    {
      name: "the same header for a tampered payload",
      payload: PAYLOAD.replace("evt_1", "evt_2"),
      header: () => signed(),
    },
    "no-match",
  ],
  [
    { name: "a byte payload", payload: new TextEncoder().encode(PAYLOAD), header: () => signed() },
    {
      name: "a byte payload with one byte changed",
      payload: new TextEncoder().encode(`${PAYLOAD} `),
      header: () => signed(),
    },
    "no-match",
  ],
  [
    { name: "the right secret", header: () => signed(), secrets: SECRET },
    { name: "a wrong secret", header: () => signed(), secrets: OTHER_SECRET },
    "no-match",
  ],
  [
    {
      name: "rotation: the new secret of two",
      header: () => signed(PAYLOAD, OTHER_SECRET),
      secrets: [SECRET, OTHER_SECRET],
    },
    {
      name: "rotation: neither secret",
      header: () => signed(PAYLOAD, `${OTHER_SECRET}x`),
      secrets: [SECRET, OTHER_SECRET],
    },
    "no-match",
  ],
  [
    { name: "the second of two v1 entries matches", header: () => `t=${T},v1=${"0".repeat(64)},v1=${v1Of(signed())}` },
    { name: "neither of two v1 entries matches", header: () => `t=${T},v1=${"0".repeat(64)},v1=${"1".repeat(64)}` },
    "no-match",
  ],
  [
    { name: "a v0 entry beside the v1 one", header: () => `${signed()},v0=abc` },
    { name: "a v0 entry only", header: () => `t=${T},v0=${v1Of(signed())}` },
    "no-v1-signature",
  ],
  [
    { name: "lowercase hex", header: () => signed() },
    { name: "the same signature in uppercase hex", header: () => `t=${T},v1=${v1Of(signed()).toUpperCase()}` },
    "no-match",
  ],
  [
    { name: "age exactly the tolerance", header: () => signed(), options: { now: T + 300 } },
    { name: "age one second beyond the tolerance", header: () => signed(), options: { now: T + 301 } },
    "too-old",
  ],
  [
    { name: "future by exactly the tolerance", header: () => signed(), options: { now: T - 300 } },
    {
      name: "future by one second beyond the tolerance (stripe-node accepts it)",
      header: () => signed(),
      options: { now: T - 301 },
    },
    "in-future",
  ],
  [
    {
      name: "a week old with toleranceSeconds Infinity",
      header: () => signed(),
      options: { now: T + 604_800, toleranceSeconds: Infinity },
    },
    {
      name: "a week old with toleranceSeconds 3600",
      header: () => signed(),
      options: { now: T + 604_800, toleranceSeconds: 3600 },
    },
    "too-old",
  ],
  [
    { name: "a numeric t", header: () => signed() },
    { name: "a non-numeric t (stripe-node reads NaN)", header: () => `t=abc,v1=${v1Of(signed())}` },
    "malformed-header",
  ],
  [
    { name: "one t", header: () => signed() },
    { name: "two t entries", header: () => `t=${T},${signed()}` },
    "malformed-header",
  ],
  [
    { name: "a valid v1 entry", header: () => signed() },
    { name: "a valid v1 entry beside an empty one (stripe-node throws too)", header: () => `${signed()},v1=` },
    "malformed-header",
  ],
  [
    { name: "t and v1", header: () => signed() },
    { name: "no t at all", header: () => `v1=${v1Of(signed())}` },
    "malformed-header",
  ],
  [{ name: "a header", header: () => signed() }, { name: "no header", header: () => undefined }, "missing-header"],
  [
    { name: "a non-empty header", header: () => signed() },
    { name: "an empty header", header: () => "" },
    "missing-header",
  ],
  [
    { name: "the raw body", header: () => signed() },
    {
      name: "the parsed body (stripe-node says so only after a failed match)",
      payload: JSON.parse(PAYLOAD),
      header: () => signed(),
    },
    "not-raw-body",
  ],
  [
    { name: "a non-empty body", header: () => signed("x"), payload: "x" },
    { name: "an empty body (consumed by a body parser)", header: () => signed("x"), payload: "" },
    "not-raw-body",
  ],
];

const NOW = { now: T + 10 };
const verifiers = [
  [
    "verifySignature",
    async (c: Case) =>
      verifySignature((c.payload as string) ?? PAYLOAD, c.header(), c.secrets ?? SECRET, { ...NOW, ...c.options }),
  ],
  [
    "verifySignatureAsync",
    (c: Case) =>
      verifySignatureAsync((c.payload as string) ?? PAYLOAD, c.header(), c.secrets ?? SECRET, { ...NOW, ...c.options }),
  ],
] as const;

describe.each(verifiers)("%s", (_name, verify) => {
  it.each(PAIRS)("accepts %s, and rejects its twin for its reason", async (accepted, rejected, reason) => {
    await expect(verify(accepted)).resolves.toEqual({ timestamp: T });
    const error = await verify(rejected).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error, rejected.name).toBeInstanceOf(WebhookSignatureError);
    expect((error as WebhookSignatureError).reason, rejected.name).toBe(reason);
  });
});
