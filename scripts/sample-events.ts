// Varied, valid Stripe events built from the documented examples (the contract suite's
// recordings of the documented v1 Event object and v2 fetched event), for load tests and the
// benchmark. Deterministic for a seed, so two runs write the same bytes.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const RECORDINGS = new URL("../contract-tests/recordings/", import.meta.url);
const V1_TYPES = [
  "setup_intent.created",
  "charge.succeeded",
  "invoice.payment_failed",
  "customer.subscription.updated",
  "payment_intent.created",
];
const API_VERSIONS = ["2019-02-19", "2023-10-16", null];

// biome-ignore lint/suspicious/noExplicitAny: payloads built and mutated freely by tests and fixtures
type Json = Record<string, any>;

export interface SampleEvents {
  /** The n-th event as one NDJSON line (no newline). `invalid` drops a required property. */
  line(index: number, invalid: boolean): string;
}

/** The payload of a documented-example cassette: an HTTP response body or a webhook delivery body. */
export function documentedBody(name: string): Json {
  const recording = JSON.parse(readFileSync(fileURLToPath(new URL(name, RECORDINGS)), "utf8")) as {
    response?: { body: Json };
    delivery?: { body: Json };
  };
  return (recording.response?.body ?? recording.delivery?.body) as Json;
}

/** mulberry32: a tiny seeded PRNG; Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleEvents(seed = 1): SampleEvents {
  const random = seededRandom(seed);
  const v1 = documentedBody("v1-event-retrieve-200.json");
  const v2 = documentedBody("v2-event-retrieve-200.json");
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const token = () =>
    Math.floor(random() * 2 ** 48)
      .toString(36)
      .padStart(10, "0");
  return {
    line(index, invalid) {
      // One v2 event in ten, like an account that has both kinds of destination.
      const event = index % 10 === 9 ? v2Event(v2, index, token, random) : v1Event(v1, index, token, pick, random);
      if (invalid) delete event.created;
      return JSON.stringify(event);
    },
  };
}

function v1Event(
  base: Json,
  index: number,
  token: () => string,
  pick: <T>(values: readonly T[]) => T,
  random: () => number,
): Json {
  const created = 1_686_089_970 + index;
  return {
    ...base,
    id: `evt_${token()}${index.toString(36)}`,
    api_version: pick(API_VERSIONS),
    created,
    type: pick(V1_TYPES),
    livemode: random() < 0.5,
    pending_webhooks: Math.floor(random() * 4),
    request: random() < 0.5 ? { id: `req_${token()}`, idempotency_key: token() } : { id: null, idempotency_key: null },
    data: {
      ...base.data,
      object: { ...base.data.object, id: `seti_${token()}`, created, metadata: { order: String(index) } },
    },
  };
}

function v2Event(base: Json, index: number, token: () => string, random: () => number): Json {
  return {
    ...base,
    id: `evt_${token()}${index.toString(36)}`,
    created: new Date(1_735_689_600_000 + index * 1000).toISOString(),
    livemode: random() < 0.5,
  };
}
