// Error classes mirroring stripe-node's hierarchy, with camelCase fields. Each class names
// itself explicitly because minifiers rename classes, so `constructor.name` is unreliable.
import type { ValidationError } from "./operation.ts";

export interface StripeErrorInit {
  message: string;
  status?: number;
  type?: string;
  code?: string;
  param?: string;
  docUrl?: string;
  requestId?: string;
  headers?: Headers;
  /** Parsed JSON body, or the response text when it was not JSON. */
  raw?: unknown;
  cause?: unknown;
}

/** Base of every error that describes a failed call to the API (never thrown directly). */
export class StripeError extends Error {
  override name = "StripeError";
  readonly status: number | undefined;
  /** Stripe's `error.type`, e.g. "invalid_request_error" (v1) or "not_found" (v2). */
  readonly type: string | undefined;
  readonly code: string | undefined;
  readonly param: string | undefined;
  readonly docUrl: string | undefined;
  readonly requestId: string | undefined;
  readonly headers: Headers | undefined;
  readonly raw: unknown;

  constructor(init: StripeErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.type = init.type;
    this.code = init.code;
    this.param = init.param;
    this.docUrl = init.docUrl;
    this.requestId = init.requestId;
    this.headers = init.headers;
    this.raw = init.raw;
  }
}

type StripeErrorClass = typeof StripeError;

/**
 * One subclass per kind of failure, all with StripeError's shape. The name is given explicitly
 * because minifiers rename classes, so `constructor.name` is unreliable.
 */
function errorKind(kindName: string, base: StripeErrorClass = StripeError): StripeErrorClass {
  const kind = class extends base {
    override name = kindName;
  };
  // The class's own name too, so `ApiError.name` reads "ApiError" as for a declared class.
  return Object.defineProperty(kind, "name", { value: kindName });
}

/** Any API error without a more specific class (5xx, 409, unexpected statuses, non-JSON bodies). */
export const ApiError = errorKind("ApiError");
export type ApiError = StripeError;
/** 400 or 404 (v1), or a v2 `invalid_fields` error. */
export const InvalidRequestError = errorKind("InvalidRequestError");
export type InvalidRequestError = StripeError;
/** An Idempotency-Key reused with different parameters. */
export const IdempotencyError = errorKind("IdempotencyError");
export type IdempotencyError = StripeError;
/** 401: the API key is missing, wrong or revoked. */
export const AuthenticationError = errorKind("AuthenticationError");
export type AuthenticationError = StripeError;
/** 402: a card was declined. */
export const CardError = errorKind("CardError");
export type CardError = StripeError;
/** 403: the key may not do this. */
export const PermissionError = errorKind("PermissionError");
export type PermissionError = StripeError;
/** 429, or a 400 with code `rate_limit`. */
export const RateLimitError = errorKind("RateLimitError");
export type RateLimitError = StripeError;
/** The request never got a complete response (reset, DNS, refused...). `cause` holds the fetch error. */
export const ConnectionError = errorKind("ConnectionError");
export type ConnectionError = StripeError;
/** A connection error caused by `timeoutMs` passing without any data arriving. */
export const TimeoutError = errorKind("TimeoutError", ConnectionError);
export type TimeoutError = StripeError;

/** A response body that does not match the contract (only with `validateResponses: true`). */
export class ContractError extends Error {
  override name = "ContractError";
  readonly operationId: string;
  readonly status: number;
  /** Name of the schema the body was checked against. */
  readonly schema: string;
  readonly errors: readonly ValidationError[];
  readonly body: unknown;

  constructor(operationId: string, status: number, schema: string, errors: readonly ValidationError[], body: unknown) {
    const first = errors[0];
    const detail = first === undefined ? "" : `: ${first.pointer || "/"} ${first.message}`;
    super(
      `${operationId} returned ${status} with a body that does not match ${schema} (${errors.length} error(s))${detail}`,
    );
    this.operationId = operationId;
    this.status = status;
    this.schema = schema;
    this.errors = errors;
    this.body = body;
  }
}
