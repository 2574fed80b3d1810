// Converts one exchange captured by nock's recorder into a scrubbed cassette. Pure, so the
// scrubbing rules are unit-tested without a network.
import type { Cassette, HttpCassette } from "./cassette.ts";
import { decodeQuery } from "./query-equal.ts";
import { findSecrets, scrubHeaders, scrubJson } from "./secrets.ts";

/** The fields of nock.recorder.play() output (output_objects: true) that cassettes use. */
export interface RecordedDefinition {
  readonly scope: string;
  readonly method: string;
  /** Path including the query string. */
  readonly path: string;
  readonly body?: unknown;
  readonly status: number;
  readonly response?: unknown;
  readonly rawHeaders?: Record<string, string> | string[];
  readonly reqheaders?: Record<string, string>;
}

export interface RecordingMeta {
  readonly name: string;
  readonly recordedAt: string;
  /** What the server was, e.g. "https://api.stripe.com (test mode)" or "Prism mock". */
  readonly server: string;
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

export function cassetteFromRecording(definition: RecordedDefinition, meta: RecordingMeta): HttpCassette {
  const [path = "", search = ""] = definition.path.split("?", 2);
  const body = parseMaybeJson(definition.body);
  const cassette: HttpCassette = {
    kind: "http",
    name: meta.name,
    source: {
      kind: "recorded",
      origin: `${definition.scope} (${meta.server})`,
      description:
        "Recorded by `npm run record` with nock's recorder. Authorization and cookies removed; key-like strings replaced.",
      recordedAt: meta.recordedAt,
    },
    request: {
      method: definition.method.toUpperCase(),
      path,
      query: scrubJson(decodeQuery(search)) as Record<string, unknown>,
      headers: cleanHeaders(definition.reqheaders),
      ...(body === undefined ? {} : { body: scrubJson(body) }),
    },
    response: {
      status: definition.status,
      headers: cleanHeaders(definition.rawHeaders),
      body: scrubJson(parseMaybeJson(definition.response)),
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
