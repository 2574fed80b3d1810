// Signed webhook cassettes: the fake secret their signatures use, the text a signature covers, a
// delivery received by `webhooks listen` turned into a scrubbed, re-signed cassette, and the
// payloads `webhooks send` takes from a cassette or JSON file. Pure, so it is unit-tested.
import { signPayload } from "../webhooks/sign-payload.ts";
import {
  type CassetteSignature,
  type CassetteSource,
  parseCassette,
  type WebhookCassette,
  type WebhookDelivery,
} from "./cassette.ts";
import { scrubJson } from "./secrets.ts";
import { assertScrubbed, cleanHeaders } from "./to-cassette.ts";

/**
 * The secret every cassette signature is computed with. Fake on purpose, and short: the secret scan
 * flags whsec_ followed by 16 or more characters. A real endpoint secret never reaches a cassette.
 */
export const CASSETTE_SECRET = "whsec_cassette";

/** What a cassette's signature covers: rawBody, else the body pretty-printed as Stripe sends it. */
export function signedText(delivery: Pick<WebhookDelivery, "body" | "rawBody">): string {
  return delivery.rawBody ?? JSON.stringify(delivery.body, null, 2);
}

export function cassetteSignature(text: string, timestamp: number): CassetteSignature {
  return { timestamp, header: signPayload({ payload: text, secret: CASSETTE_SECRET, timestamp }) };
}

export interface ReceivedDelivery {
  /** The body as received (already verified with the endpoint's real secret). */
  readonly raw: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The timestamp of the delivery's signature. */
  readonly timestamp: number;
  /** The validator the router checked it with. */
  readonly schema: string;
  readonly origin: string;
  readonly recordedAt: string;
}

/**
 * Scrubbed (key-like strings masked, credential headers dropped) and re-signed with the cassette
 * secret at the original timestamp. The received text is kept byte for byte unless scrubbing had
 * to change it, in which case the scrubbed body, pretty-printed, is what gets signed.
 */
export function cassetteFromDelivery(delivery: ReceivedDelivery): WebhookCassette {
  const received = JSON.parse(delivery.raw) as Record<string, unknown>;
  const body = scrubJson(received) as Record<string, unknown>;
  const pretty = JSON.stringify(body, null, 2);
  const unchanged = JSON.stringify(received) === JSON.stringify(body);
  const rawBody = unchanged && delivery.raw !== pretty ? delivery.raw : undefined;
  const source: CassetteSource = {
    kind: "recorded",
    origin: delivery.origin,
    description:
      "Received by `stripe-events-contract webhooks listen` and verified with the endpoint's secret; then key-like strings were masked, credential headers dropped, and the delivery re-signed with the cassette secret at its original timestamp.",
    recordedAt: delivery.recordedAt,
  };
  const cassette: WebhookCassette = {
    kind: "webhook",
    name: `${String(body.type)} delivery (${String(body.id)})`,
    source,
    schema: delivery.schema,
    delivery: {
      headers: cleanHeaders({ ...delivery.headers }),
      body,
      ...(rawBody === undefined ? {} : { rawBody }),
      signature: cassetteSignature(rawBody ?? pretty, delivery.timestamp),
    },
  };
  assertScrubbed(cassette);
  return cassette;
}

export function cassetteFileName(cassette: WebhookCassette): string {
  const body = cassette.delivery.body as { id?: unknown; type?: unknown };
  const safe = (value: unknown) => String(value).replace(/[^\w.-]+/g, "_");
  return `${cassette.delivery.signature?.timestamp ?? 0}-${safe(body.type)}-${safe(body.id)}.json`;
}

const EVENT_OBJECTS = new Set(["event", "v2.core.event"]);

function isEventPayload(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && EVENT_OBJECTS.has(String((value as { object?: unknown }).object))
  );
}

/**
 * The payloads to deliver from a file: a webhook cassette's signed text; an HTTP cassette's
 * response body when it is an event; a JSON event as the file's exact text; each event of a JSON
 * array. Anything else is an Error that says what the file should be.
 */
export function payloadsFromFile(text: string, file: string): string[] {
  const json = JSON.parse(text) as unknown;
  if (Array.isArray(json) && json.length > 0 && json.every(isEventPayload))
    return json.map((event) => JSON.stringify(event, null, 2));
  if (isEventPayload(json)) return [text];
  if (typeof json === "object" && json !== null && "kind" in json) {
    const cassette = parseCassette(json, file);
    if (cassette.kind === "webhook") return [signedText(cassette.delivery)];
    if (isEventPayload(cassette.response.body)) return [JSON.stringify(cassette.response.body, null, 2)];
  }
  throw new Error(
    `${file} holds no event to deliver: pass a webhook cassette, an HTTP cassette whose response is an event, a Stripe event (object "event" or "v2.core.event") or a JSON array of them.`,
  );
}
