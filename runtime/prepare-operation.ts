// Everything about an operation that does not depend on the call's arguments, computed once in
// createRuntimeClient so each call only fills in parameters.
import type { OperationDescriptor } from "./operation.ts";

export interface ClientSettings {
  readonly apiKey: string | undefined;
  readonly baseUrl: string | undefined;
  readonly stripeVersion: string | undefined;
  readonly stripeAccount: string | undefined;
  readonly stripeContext: string | undefined;
  readonly authScheme: "bearer" | "basic";
}

export interface PreparedOperation {
  readonly descriptor: OperationDescriptor;
  readonly operationId: string;
  readonly method: string;
  /** Origin without a trailing slash, e.g. "https://api.stripe.com". */
  readonly origin: string;
  /** The path split on `{name}`: even indices are literal text, odd indices are parameter names. */
  readonly pathParts: readonly string[];
  /** Stripe's v2 API (JSON bodies, v2 error types) is recognised by its path prefix. */
  readonly isV2: boolean;
  readonly bodyEncoding: "form" | "json" | undefined;
  /** Writes always carry an Idempotency-Key so that retries are safe (stripe-node does the same). */
  readonly needsIdempotencyKey: boolean;
  /** Lower-case header names, so caller headers override them instead of being appended. */
  readonly headers: Readonly<Record<string, string>>;
}

const METHODS_WITHOUT_BODY = new Set(["GET", "HEAD", "DELETE", "OPTIONS", "TRACE"]);

function authorization(settings: ClientSettings): string | undefined {
  if (settings.apiKey === undefined) return undefined;
  // Basic auth: the key is the user name and the password is empty, as curl's `-u sk_test_123:`.
  return settings.authScheme === "basic" ? `Basic ${btoa(`${settings.apiKey}:`)}` : `Bearer ${settings.apiKey}`;
}

function baseHeaders(
  settings: ClientSettings,
  descriptor: OperationDescriptor,
  bodyEncoding: PreparedOperation["bodyEncoding"],
): Record<string, string> {
  const headers: Record<string, string> = {
    accept: "application/json",
    "stripe-version": settings.stripeVersion ?? descriptor.apiVersion,
  };
  const auth = authorization(settings);
  if (auth !== undefined) headers.authorization = auth;
  if (settings.stripeAccount !== undefined) headers["stripe-account"] = settings.stripeAccount;
  if (settings.stripeContext !== undefined) headers["stripe-context"] = settings.stripeContext;
  if (bodyEncoding !== undefined)
    headers["content-type"] = bodyEncoding === "json" ? "application/json" : "application/x-www-form-urlencoded";
  return headers;
}

function stripTrailingSlash(url: string): string {
  return url.endsWith("/") ? url.slice(0, -1) : url;
}

export function prepareOperation(descriptor: OperationDescriptor, settings: ClientSettings): PreparedOperation {
  const isV2 = descriptor.path.startsWith("/v2/");
  const hasBody = !METHODS_WITHOUT_BODY.has(descriptor.method);
  const bodyEncoding = hasBody ? (descriptor.requestBody?.encoding ?? (isV2 ? "json" : "form")) : undefined;
  return {
    descriptor,
    operationId: descriptor.operationId,
    method: descriptor.method,
    origin: stripTrailingSlash(settings.baseUrl ?? descriptor.serverUrl),
    pathParts: descriptor.path.split(/\{([^}]+)\}/),
    isV2,
    bodyEncoding,
    needsIdempotencyKey:
      descriptor.method === "POST" || descriptor.method === "PATCH" || (isV2 && descriptor.method === "DELETE"),
    headers: Object.freeze(baseHeaders(settings, descriptor, bodyEncoding)),
  };
}

/** Fills `{name}` placeholders with percent-encoded values; a missing one is a caller bug, not a 404. */
export function buildPath(
  operation: PreparedOperation,
  pathParams: Readonly<Record<string, unknown>> | undefined,
): string {
  const parts = operation.pathParts;
  let path = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = pathParams?.[name];
    if (value === undefined || value === null || value === "") {
      throw new TypeError(`${operation.operationId}: missing path parameter "${name}"`);
    }
    path += encodeURIComponent(String(value)) + (parts[i + 1] as string);
  }
  return path;
}
