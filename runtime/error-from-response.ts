// Maps an error response to a typed error by status, the way stripe-node's generateV1Error /
// generateV2Error do (Error.js). v2 bodies use the same `{ error: {...} }` envelope but name the
// problem in `type` (e.g. "not_found", "rate_limit") and fall back to the status mapping.
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

export interface ErrorResponse {
  status: number;
  headers: Headers;
  requestId: string | undefined;
  /** Response text as received. */
  text: string;
  /** Parsed body, or undefined when the text was not JSON. */
  json: unknown;
}

export function errorFromResponse(response: ErrorResponse, isV2: boolean): StripeError {
  const { status, headers, requestId, json } = response;
  const envelope = typeof json === "object" && json !== null ? (json as Record<string, unknown>).error : undefined;
  if (typeof envelope !== "object" || envelope === null) {
    const snippet = response.text.length > 500 ? `${response.text.slice(0, 500)}…` : response.text;
    const what = json === undefined ? "a non-JSON body" : "no error object";
    return new ApiError({
      message: `HTTP ${status} with ${what}: ${snippet}`,
      status,
      requestId,
      headers,
      raw: json ?? response.text,
    });
  }
  const error = envelope as Record<string, unknown>;
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
