// Errors that responses stand for. Stripe's `{ error: {...} }` envelope maps to a typed error the
// way stripe-node's generateV1Error / generateV2Error do (Error.js): by status for v1; v2 names the
// problem in `type` ("rate_limit", "idempotency_error") and falls back to the status mapping. Any
// other failed response is an ApiError carrying the status and the body.
import type { ParsedBody } from "./call-operation.ts";
import type { ResponseMeta } from "./client-types.ts";
import {
  ApiError,
  AuthenticationError,
  CardError,
  IdempotencyError,
  InvalidRequestError,
  PermissionError,
  RateLimitError,
  type StripeError,
  type StripeErrorInit,
} from "./errors.ts";

type ErrorClass = new (init: StripeErrorInit) => StripeError;

function classForStatus(status: number, type: string | undefined, code: string | undefined): ErrorClass {
  if (status === 429 || (status === 400 && code === "rate_limit")) return RateLimitError;
  if (status === 400 || status === 404) return type === "idempotency_error" ? IdempotencyError : InvalidRequestError;
  if (status === 401) return AuthenticationError;
  if (status === 402) return CardError;
  if (status === 403) return PermissionError;
  return ApiError;
}

function classForV2(status: number, type: string | undefined, code: string | undefined): ErrorClass {
  if (type === "idempotency_error") return IdempotencyError;
  if (type === "rate_limit") return RateLimitError;
  // v2 reports missing required fields in `code` rather than `type`.
  if (code === "invalid_fields") return InvalidRequestError;
  return classForStatus(status, type, code);
}

function stringField(source: Record<string, unknown>, key: string): string | undefined {
  const value = source[key];
  return typeof value === "string" ? value : undefined;
}

/** The typed error of a Stripe error envelope, whatever the status (as stripe-node); undefined without one. */
export function errorFromEnvelope(json: unknown, response: ResponseMeta, isV2: boolean): StripeError | undefined {
  const envelope = typeof json === "object" && json !== null ? (json as Record<string, unknown>).error : undefined;
  if (typeof envelope !== "object" || envelope === null) return undefined;
  const error = envelope as Record<string, unknown>;
  const { status, headers, requestId } = response;
  const type = stringField(error, "type");
  const code = stringField(error, "code");
  const ErrorType = isV2 ? classForV2(status, type, code) : classForStatus(status, type, code);
  return new ErrorType({
    message: stringField(error, "message") ?? `HTTP ${status}`,
    status,
    type,
    code,
    param: stringField(error, "param"),
    docUrl: stringField(error, "doc_url"),
    requestId,
    headers,
    raw: json,
  });
}

function snippet(value: unknown): string {
  const text =
    typeof value === "string" ? value : value instanceof Blob ? `<${value.size} bytes>` : JSON.stringify(value);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/** A response that is neither the success the caller expects nor a Stripe error: an ApiError with the body as `raw`. */
export function unexpectedResponse(body: ParsedBody, response: ResponseMeta, operationId: string): ApiError {
  const { status, headers, requestId } = response;
  const success = status >= 200 && status < 300;
  let what = `HTTP ${status}`;
  if (body.malformed) what = `invalid JSON in a ${status} response`;
  else if (body.value === undefined && success) what = `an empty ${status} response`;
  const detail = body.value === undefined ? "" : `: ${snippet(body.value)}`;
  return new ApiError({ message: `${operationId}: ${what}${detail}`, status, requestId, headers, raw: body.value });
}
