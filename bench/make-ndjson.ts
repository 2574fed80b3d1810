// Varied v1 Events built from Stripe's documented "The Event object" example
// (https://docs.stripe.com/api/events/object, the setup_intent.created example), for the bulk
// validation benchmark. Deterministic (seeded), so every run validates the same bytes.
// Usage: node bench/make-ndjson.ts <out.ndjson> <megabytes>
import { createWriteStream, mkdirSync, realpathSync } from "node:fs";
import { once } from "node:events";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const EVENT_TYPES = [
  "setup_intent.created",
  "setup_intent.succeeded",
  "payment_intent.created",
  "payment_intent.succeeded",
  "charge.succeeded",
  "charge.refunded",
  "customer.created",
  "customer.updated",
  "invoice.created",
  "invoice.paid",
  "customer.subscription.updated",
] as const;

const API_VERSIONS = ["2019-02-19", "2023-10-16", "2024-06-20", null] as const;

/** The documented example (its id added, as in the contract-test cassette). */
function documentedExample(): Record<string, unknown> {
  return {
    id: "evt_1NG8Du2eZvKYlo2CUI6cCVhB",
    object: "event",
    api_version: "2019-02-19",
    created: 1686089970,
    data: {
      object: {
        id: "seti_1NG8Du2eZvKYlo2C9XMqbR0x",
        object: "setup_intent",
        application: null,
        automatic_payment_methods: null,
        cancellation_reason: null,
        client_secret: "seti_1NG8Du2eZvKYlo2C9XMqbR0x_secret_O2CdhLwGFh2Aej7bCY7qp8jlIuyR8DJ",
        created: 1686089970,
        customer: null,
        description: null,
        flow_directions: null,
        last_setup_error: null,
        latest_attempt: null,
        livemode: false,
        mandate: null,
        metadata: {},
        next_action: null,
        on_behalf_of: null,
        payment_method: "",
        payment_method_options: {
          acss_debit: {
            currency: "cad",
            mandate_options: { interval_description: "First day of every month", payment_schedule: "interval", transaction_type: "personal" },
            verification_method: "automatic",
          },
        },
        payment_method_types: ["acss_debit"],
        single_use_mandate: null,
        status: "requires_confirmation",
        usage: "off_session",
      },
    },
    livemode: false,
    pending_webhooks: 0,
    request: { id: null, idempotency_key: null },
    type: "setup_intent.created",
  };
}

/** mulberry32: tiny seeded PRNG, so the file is reproducible without storing it. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function token(random: () => number, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return out;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** One varied event: ids, timestamps, type, mode, request and a metadata map of 0–12 entries. */
export function variedEvent(random: () => number, index: number): Record<string, unknown> {
  const event = documentedExample();
  const created = 1686089970 + index * 7 + Math.floor(random() * 7);
  const object = (event.data as { object: Record<string, unknown> }).object;
  const objectId = `seti_${token(random, 24)}`;
  Object.assign(object, { id: objectId, client_secret: `${objectId}_secret_${token(random, 32)}`, created, livemode: random() < 0.3 });
  object.metadata = Object.fromEntries(Array.from({ length: Math.floor(random() * 13) }, (_, i) => [`key_${i}`, token(random, 8 + Math.floor(random() * 24))]));
  if (random() < 0.25) (event.data as Record<string, unknown>).previous_attributes = { status: "requires_payment_method" };
  const hasRequest = random() < 0.6;
  return {
    ...event,
    id: `evt_${token(random, 24)}`,
    api_version: pick(random, API_VERSIONS),
    created,
    livemode: object.livemode,
    pending_webhooks: Math.floor(random() * 4),
    request: hasRequest ? { id: `req_${token(random, 14)}`, idempotency_key: random() < 0.5 ? token(random, 36) : null } : { id: null, idempotency_key: null },
    type: pick(random, EVENT_TYPES),
  };
}

/** `count` varied events in memory (for the in-process validator microbenchmark). */
export function sampleEvents(count: number, seed = 6): Record<string, unknown>[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => variedEvent(random, i));
}

/** Streams varied events as NDJSON until the file holds at least `megabytes` MB; returns bytes and lines. */
export async function writeNdjson(path: string, megabytes: number, seed = 6): Promise<{ bytes: number; lines: number }> {
  const random = seededRandom(seed);
  const target = megabytes * 1024 * 1024;
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let bytes = 0;
  let lines = 0;
  while (bytes < target) {
    const line = `${JSON.stringify(variedEvent(random, lines))}\n`;
    bytes += Buffer.byteLength(line);
    lines++;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { bytes, lines };
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [path, megabytes] = process.argv.slice(2);
  if (!path || !Number(megabytes)) throw new Error("usage: node bench/make-ndjson.ts <out.ndjson> <megabytes>");
  const { bytes, lines } = await writeNdjson(path, Number(megabytes));
  console.log(`wrote ${lines} events, ${(bytes / 1048576).toFixed(1)} MB to ${path}`);
}
