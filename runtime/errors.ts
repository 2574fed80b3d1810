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

/** Any API error without a more specific class (5xx, 409, unexpected statuses, non-JSON bodies). */
export class ApiError extends StripeError {
  override name = "ApiError";
}
export class InvalidRequestError extends StripeError {
  override name = "InvalidRequestError";
}
export class IdempotencyError extends StripeError {
  override name = "IdempotencyError";
}
export class AuthenticationError extends StripeError {
  override name = "AuthenticationError";
}
export class CardError extends StripeError {
  override name = "CardError";
}
export class PermissionError extends StripeError {
  override name = "PermissionError";
}
export class RateLimitError extends StripeError {
  override name = "RateLimitError";
}
/** The request never got a complete response (reset, DNS, refused...). `cause` holds the fetch error. */
export class ConnectionError extends StripeError {
  override name = "ConnectionError";
}
/** A connection error caused by `timeoutMs` elapsing; retried like any connection error. */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}

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
