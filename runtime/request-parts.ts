// Pieces of a request that both wire profiles build the same way: the client's headers with the
// authorization, the operation's URL (origin and path template), and caller headers merged over the defaults.
import type { StripeCallOptions } from "./client-types.ts";

/** What a generated method receives: the operation's parameters, its body, and the call options. */
export interface CallRequest extends StripeCallOptions {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly cookies?: Readonly<Record<string, unknown>>;
}

/** Client options both profiles read, normalised once. */
export interface ClientSettings {
  readonly apiKey: string | undefined;
  readonly authScheme: "bearer" | "basic";
  readonly baseUrl: string | undefined;
  /** Client-wide headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly stripeVersion: string | undefined;
  readonly stripeAccount: string | undefined;
  readonly stripeContext: string | undefined;
}

/** The client's headers, then the profile's defaults, then the Authorization the API key makes. */
export function clientHeaders(
  settings: ClientSettings,
  defaults: Readonly<Record<string, string>>,
): Record<string, string> {
  const headers: Record<string, string> = { ...settings.headers, ...defaults };
  if (settings.apiKey === undefined) return headers;
  // Basic auth: the key is the user name and the password is empty, as curl's `-u sk_test_123:`.
  headers.authorization =
    settings.authScheme === "basic" ? `Basic ${btoa(`${settings.apiKey}:`)}` : `Bearer ${settings.apiKey}`;
  return headers;
}

/** An operation's URL up to its query: the origin, and the path template to fill per call. */
export interface OperationUrl {
  /** The base URL without a trailing slash: the client's baseUrl, else the spec's server. */
  readonly origin: string;
  /** Origin and path with each parameter's wire text; a missing value is a TypeError before anything is sent. */
  fill(valueFor: (name: string) => string | undefined): string;
}

export function operationUrl(
  settings: ClientSettings,
  operation: { readonly serverUrl: string; readonly path: string; readonly operationId: string },
): OperationUrl {
  const url = settings.baseUrl ?? operation.serverUrl;
  const origin = url.endsWith("/") ? url.slice(0, -1) : url;
  // "/v1/events/{id}" → ["/v1/events/", "id", ""]: even indices are literal text, odd ones parameter names.
  const parts = operation.path.split(/\{([^}]+)\}/);
  return { origin, fill: (valueFor) => origin + fillPath(parts, operation.operationId, valueFor) };
}

/** A missing value is a caller bug, so a TypeError before anything is sent, not a 404. */
function fillPath(
  parts: readonly string[],
  operationId: string,
  valueFor: (name: string) => string | undefined,
): string {
  let path = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = valueFor(name);
    if (value === undefined || value === "") throw new TypeError(`${operationId}: missing path parameter "${name}"`);
    path += value + (parts[i + 1] as string);
  }
  return path;
}

/** A caller's value by name, own properties only: a parameter named "__proto__" never reads Object.prototype. */
export function ownValue(record: Readonly<Record<string, unknown>> | undefined, name: string): unknown {
  return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}

export function withQuery(url: string, query: string): string {
  if (query === "") return url;
  return `${url}${url.includes("?") ? "&" : "?"}${query}`;
}

/**
 * Caller headers over `base`, names lower-cased so they replace defaults instead of being sent
 * twice. Generated header types have optional members: an absent one is not sent as "undefined".
 */
export function mergeHeaders(
  base: Readonly<Record<string, string>>,
  caller: Readonly<Record<string, unknown>> | undefined,
  skip?: (lowerCaseName: string) => boolean,
): Record<string, string> {
  const headers: Record<string, string> = { ...base };
  if (caller === undefined) return headers;
  for (const name of Object.keys(caller)) {
    const value = caller[name];
    const lower = name.toLowerCase();
    if (value !== undefined && value !== null && !skip?.(lower)) headers[lower] = String(value);
  }
  return headers;
}

/** The caller's Idempotency-Key: the `idempotencyKey` option, else one given in `headers`. */
export function callersIdempotencyKey(request: CallRequest): string | undefined {
  if (request.idempotencyKey !== undefined) return request.idempotencyKey;
  if (request.headers === undefined) return undefined;
  for (const name of Object.keys(request.headers)) {
    const value = request.headers[name];
    if (name.toLowerCase() === "idempotency-key" && value != null) return String(value);
  }
  return undefined;
}
