// A cassette is one recorded exchange, stored as one JSON file in contract-tests/recordings/.
// Parsing is strict about the fields the suite relies on, so a hand-edited or truncated file
// fails with its file name instead of an obscure TypeError deep inside a test.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { isPlainObject } from "../core/plain-object.ts";

/**
 * "documented-example": taken from Stripe's documentation; "recorded": a real server's answer;
 * "mock": recorded from a mock that invents its data (Prism), listed by the suite but never replayed.
 */
export type CassetteSourceKind = "documented-example" | "recorded" | "mock";

const SOURCE_KINDS: readonly CassetteSourceKind[] = ["documented-example", "recorded", "mock"];

export interface CassetteSource {
  readonly kind: CassetteSourceKind;
  /** Free text: the page or server the exchange came from, and anything edited by hand. */
  readonly description: string;
  /** For documented examples: the seed page or public URL. For recordings: the base URL. */
  readonly origin: string;
  readonly recordedAt?: string;
}

/** Query and body as a caller passes them to the generated client: the part a cassette and a call share. */
export interface CallerArguments {
  /** Query parameters, nested objects and arrays allowed. */
  readonly query: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
}

export interface CassetteRequest extends CallerArguments {
  readonly method: string;
  /** Concrete path without query, e.g. "/v1/events/evt_123". */
  readonly path: string;
  /** Request headers with secrets removed. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface CassetteResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface HttpCassette {
  readonly kind: "http";
  readonly name: string;
  readonly source: CassetteSource;
  readonly request: CassetteRequest;
  readonly response: CassetteResponse;
}

/**
 * How a webhook cassette is signed: the Stripe-Signature header and its timestamp, computed with
 * the repository's fake cassette secret (contract/webhook-cassette.ts), never a real one.
 */
export interface CassetteSignature {
  readonly timestamp: number;
  readonly header: string;
}

export interface WebhookDelivery {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** The exact text that was signed, when it is not `body` pretty-printed with two spaces. */
  readonly rawBody?: string;
  readonly signature?: CassetteSignature;
}

/** A webhook delivery (e.g. a v2 thin event): not an HTTP response, so it names its schema itself. */
export interface WebhookCassette {
  readonly kind: "webhook";
  readonly name: string;
  readonly source: CassetteSource;
  /** Validator name the delivered body must satisfy (the one the router validates it with). */
  readonly schema: string;
  readonly delivery: WebhookDelivery;
}

export type Cassette = HttpCassette | WebhookCassette;

export interface LoadedCassette {
  /** Path relative to the repository root, used in every message about this cassette. */
  readonly file: string;
  readonly cassette: Cassette;
}

export class CassetteFormatError extends Error {
  override name = "CassetteFormatError";
  /** The cassette, when known, and what is wrong with it. */
  readonly file: string | undefined;
  readonly detail: string;

  constructor(detail: string, file?: string) {
    super(file === undefined ? detail : `${file}: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
}

function requireRecord(value: unknown, where: string): Record<string, unknown> {
  if (!isPlainObject(value)) throw new CassetteFormatError(`${where} must be an object`);
  return value;
}

function requireString(value: unknown, where: string): string {
  if (typeof value !== "string" || value === "") throw new CassetteFormatError(`${where} must be a non-empty string`);
  return value;
}

function stringRecord(value: unknown, where: string): Record<string, string> {
  const record = requireRecord(value ?? {}, where);
  for (const [key, item] of Object.entries(record)) {
    if (typeof item !== "string") throw new CassetteFormatError(`${where}.${key} must be a string`);
  }
  return record as Record<string, string>;
}

function parseSource(value: unknown): CassetteSource {
  const source = requireRecord(value, "source");
  const kind = source.kind as CassetteSourceKind;
  if (!SOURCE_KINDS.includes(kind)) {
    throw new CassetteFormatError(
      `source.kind must be one of ${SOURCE_KINDS.map((name) => `"${name}"`).join(", ")}, got ${JSON.stringify(kind)}`,
    );
  }
  return {
    kind,
    description: requireString(source.description, "source.description"),
    origin: requireString(source.origin, "source.origin"),
    ...(typeof source.recordedAt === "string" ? { recordedAt: source.recordedAt } : {}),
  };
}

function parseHttp(raw: Record<string, unknown>, name: string, source: CassetteSource): HttpCassette {
  const request = requireRecord(raw.request, "request");
  const response = requireRecord(raw.response, "response");
  const path = requireString(request.path, "request.path");
  if (path.includes("?")) throw new CassetteFormatError("request.path must not contain a query; use request.query");
  const status = response.status;
  if (typeof status !== "number" || !Number.isInteger(status))
    throw new CassetteFormatError("response.status must be an integer");
  return {
    kind: "http",
    name,
    source,
    request: {
      method: requireString(request.method, "request.method").toUpperCase(),
      path,
      query: requireRecord(request.query ?? {}, "request.query"),
      headers: stringRecord(request.headers, "request.headers"),
      ...(request.body === undefined ? {} : { body: request.body }),
    },
    response: { status, headers: stringRecord(response.headers, "response.headers"), body: response.body },
  };
}

function parseWebhook(raw: Record<string, unknown>, name: string, source: CassetteSource): WebhookCassette {
  const delivery = requireRecord(raw.delivery, "delivery");
  const rawBody = delivery.rawBody === undefined ? undefined : requireString(delivery.rawBody, "delivery.rawBody");
  if (rawBody !== undefined && !isDeepStrictEqual(parseRawBody(rawBody), delivery.body))
    throw new CassetteFormatError("delivery.rawBody and delivery.body disagree; edit both, then re-sign");
  return {
    kind: "webhook",
    name,
    source,
    schema: requireString(raw.schema, "schema"),
    delivery: {
      headers: stringRecord(delivery.headers, "delivery.headers"),
      body: delivery.body,
      ...(rawBody === undefined ? {} : { rawBody }),
      ...(delivery.signature === undefined ? {} : { signature: parseSignature(delivery.signature) }),
    },
  };
}

function parseRawBody(rawBody: string): unknown {
  try {
    return JSON.parse(rawBody);
  } catch {
    throw new CassetteFormatError("delivery.rawBody must be JSON text");
  }
}

function parseSignature(value: unknown): CassetteSignature {
  const signature = requireRecord(value, "delivery.signature");
  const timestamp = signature.timestamp;
  if (typeof timestamp !== "number" || !Number.isInteger(timestamp) || timestamp < 0)
    throw new CassetteFormatError("delivery.signature.timestamp must be unix seconds");
  return { timestamp, header: requireString(signature.header, "delivery.signature.header") };
}

export function parseCassette(json: unknown, file: string): Cassette {
  try {
    const raw = requireRecord(json, "cassette");
    const name = requireString(raw.name, "name");
    const source = parseSource(raw.source);
    if (raw.kind === "http") return parseHttp(raw, name, source);
    if (raw.kind === "webhook") return parseWebhook(raw, name, source);
    throw new CassetteFormatError(`kind must be "http" or "webhook", got ${JSON.stringify(raw.kind)}`);
  } catch (error) {
    if (error instanceof CassetteFormatError) throw new CassetteFormatError(error.detail, file);
    throw error;
  }
}

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Loads every cassette under `dir`; `root` only shortens the file names used in messages. */
export function loadCassettes(dir: string, root: string): LoadedCassette[] {
  return jsonFilesUnder(dir).map((path) => {
    const file = relative(root, path);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new CassetteFormatError(`not valid JSON (${(error as Error).message})`, file);
    }
    return { file, cassette: parseCassette(json, file) };
  });
}
