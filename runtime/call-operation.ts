// Turns one method call into an HTTP exchange and its outcome: the parsed body, a typed
// StripeError, or a ContractError when opt-in validation finds a mismatch.

import { responseForStatus } from "../core/response-for-status.ts";
import { encodeJson, encodeParams } from "./encode-params.ts";
import { errorFromResponse } from "./error-from-response.ts";
import { ApiError, ContractError } from "./errors.ts";
import type { ValidateFn } from "./operation.ts";
import { buildPath, type PreparedOperation } from "./prepare-operation.ts";
import { type RawResponse, send, type Transport } from "./send.ts";

export interface CallRequest {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly body?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  readonly idempotencyKey?: string;
}

export interface LastResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Stripe's `Request-Id` header, the thing to quote to Stripe support. */
  readonly requestId: string | undefined;
}

export interface CallContext {
  readonly transport: Transport;
  /** Present only when `validateResponses` is on. */
  readonly validate: ValidateFn | undefined;
  readonly newIdempotencyKey: () => string;
  readonly onResponse: (response: LastResponse) => void;
}

function targetUrl(operation: PreparedOperation, request: CallRequest): string {
  const query = encodeParams(request.query);
  const url = operation.origin + buildPath(operation, request.path);
  return query === "" ? url : `${url}?${query}`;
}

function encodeBody(operation: PreparedOperation, body: CallRequest["body"]): string | undefined {
  if (operation.bodyEncoding === undefined) return undefined;
  return operation.bodyEncoding === "json" ? encodeJson(body) : encodeParams(body);
}

function requestHeaders(
  operation: PreparedOperation,
  request: CallRequest,
  idempotencyKey: string | undefined,
): Readonly<Record<string, string>> {
  if (request.headers === undefined && idempotencyKey === undefined) return operation.headers;
  const headers: Record<string, string> = { ...operation.headers };
  if (request.headers !== undefined) {
    for (const name of Object.keys(request.headers)) {
      const value = request.headers[name];
      // Generated header types have optional members; an absent one must not be sent as "undefined".
      if (value !== undefined) headers[name.toLowerCase()] = value;
    }
  }
  if (idempotencyKey !== undefined) headers["idempotency-key"] = idempotencyKey;
  return headers;
}

function idempotencyKeyFor(
  context: CallContext,
  operation: PreparedOperation,
  request: CallRequest,
): string | undefined {
  if (request.idempotencyKey !== undefined) return request.idempotencyKey;
  if (request.headers !== undefined) {
    for (const name of Object.keys(request.headers)) {
      if (name.toLowerCase() === "idempotency-key" && request.headers[name] !== undefined) return request.headers[name];
    }
  }
  return operation.needsIdempotencyKey ? context.newIdempotencyKey() : undefined;
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function checkContract(context: CallContext, operation: PreparedOperation, status: number, json: unknown): void {
  // Only JSON bodies are checked: a proxy's HTML error page is a transport failure, reported as ApiError.
  if (context.validate === undefined || json === undefined) return;
  const schema = responseForStatus(operation.descriptor.responses, status)?.schema;
  if (schema == null) return;
  const result = context.validate(schema, json);
  if (!result.valid) throw new ContractError(operation.operationId, status, schema, result.errors, json);
}

function settle(context: CallContext, operation: PreparedOperation, response: RawResponse): unknown {
  const { status, headers, text } = response;
  const requestId = headers.get("request-id") ?? undefined;
  context.onResponse({ status, headers, requestId });
  const json = parseJson(text);
  checkContract(context, operation, status, json);
  if (status < 200 || status >= 300)
    throw errorFromResponse({ status, headers, requestId, text, json }, operation.isV2);
  if (json === undefined && text !== "") {
    throw new ApiError({
      message: `${operation.operationId}: invalid JSON in a ${status} response: ${text.slice(0, 500)}`,
      status,
      requestId,
      headers,
      raw: text,
    });
  }
  return json;
}

/**
 * `url` replaces path and query when following a v2 `next_page_url`; the page token in it
 * already carries the original filters.
 */
export async function callOperation(
  context: CallContext,
  operation: PreparedOperation,
  request: CallRequest,
  url?: string,
): Promise<unknown> {
  const idempotencyKey = idempotencyKeyFor(context, operation, request);
  const response = await send(context.transport, {
    url: url ?? targetUrl(operation, request),
    method: operation.method,
    headers: requestHeaders(operation, request, idempotencyKey),
    body: url === undefined ? encodeBody(operation, request.body) : undefined,
    signal: request.signal,
    repeatable: idempotencyKey !== undefined || !operation.needsIdempotencyKey,
  });
  return settle(context, operation, response);
}
