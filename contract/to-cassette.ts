// Converts one exchange the capturing fetch saw (contract/capture-fetch.ts) into a scrubbed
// cassette. Pure, so the scrubbing rules are unit-tested without a network.
import type { CapturedExchange } from "./capture-fetch.ts";
import type { Cassette, HttpCassette } from "./cassette.ts";
import { decodeQuery } from "./query-equal.ts";
import { findSecrets, scrubHeaders, scrubJson } from "./secrets.ts";

export interface RecordingMeta {
  readonly name: string;
  readonly recordedAt: string;
  /** What the server was, e.g. "https://api.stripe.com (test mode)" or "Prism mock". */
  readonly server: string;
  /** Recorded from a mock that invents its data: the cassette is kept but never replayed. */
  readonly mock?: boolean;
}

/** Transport-level headers say nothing about the contract and change on every run. */
const NOISE_HEADERS = new Set([
  "host",
  "connection",
  "keep-alive",
  "content-length",
  "date",
  "accept-encoding",
  "accept-language",
  "sec-fetch-mode",
  "user-agent",
  "transfer-encoding",
]);

function headerRecord(headers: Record<string, string> | string[] | undefined): Record<string, string> {
  if (headers === undefined) return {};
  if (!Array.isArray(headers)) return headers;
  const pairs: [string, string][] = [];
  for (let index = 0; index + 1 < headers.length; index += 2)
    pairs.push([headers[index] ?? "", headers[index + 1] ?? ""]);
  return Object.fromEntries(pairs);
}

export function cleanHeaders(headers: Record<string, string> | string[] | undefined): Record<string, string> {
  const scrubbed = scrubHeaders(headerRecord(headers));
  return Object.fromEntries(Object.entries(scrubbed).filter(([name]) => !NOISE_HEADERS.has(name)));
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== "string" || value === "") return value === "" ? undefined : value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function cassetteFromExchange(exchange: CapturedExchange, meta: RecordingMeta): HttpCassette {
  const { request, response } = exchange;
  if (response === undefined)
    throw new Error(`Nothing to record for ${meta.name}: ${exchange.transportError ?? "no response"}`);
  const body = parseMaybeJson(request.body);
  const cassette: HttpCassette = {
    kind: "http",
    name: meta.name,
    source: {
      kind: meta.mock === true ? "mock" : "recorded",
      origin: `${request.url.origin} (${meta.server})`,
      description:
        meta.mock === true
          ? "Recorded by `stripe-events-contract record --from-prism`: Prism's random data generated from the specs, so the contract suite lists it and never replays it. Authorization and cookies removed; key-like strings replaced."
          : "Recorded by `stripe-events-contract record`. Authorization and cookies removed; key-like strings replaced.",
      recordedAt: meta.recordedAt,
    },
    request: {
      method: request.method.toUpperCase(),
      path: request.url.pathname,
      query: scrubJson(decodeQuery(request.url.search)) as Record<string, unknown>,
      headers: cleanHeaders(request.headers),
      ...(body === undefined ? {} : { body: scrubJson(body) }),
    },
    response: {
      status: response.status,
      headers: cleanHeaders(response.headers),
      body: scrubJson(parseMaybeJson(response.text)),
    },
  };
  assertScrubbed(cassette);
  return cassette;
}

/** Scrubbing is the guarantee; this is the check that it held before anything touches disk. */
export function assertScrubbed(cassette: Cassette): void {
  const leaks = findSecrets(JSON.stringify(cassette));
  if (leaks.length > 0)
    throw new Error(
      `Refusing to write cassette ${cassette.name}: it still contains ${leaks.map((leak) => leak.preview).join(", ")}`,
    );
}
