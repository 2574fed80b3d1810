// Turns one method call into an HTTP exchange and its outcome: the parsed body with its response
// metadata, a typed error, or a ContractError when opt-in validation finds a mismatch. What goes
// on the wire and how the answer is read is the operation's profile's business (stripe-profile.ts,
// openapi-profile.ts); the sending, retrying and checking here are shared.

import { responseForStatus } from "../core/response-for-status.ts";
import type { ResponseMeta, WithResponse } from "./client-types.ts";
import { ContractError } from "./errors.ts";
import type { OperationDescriptor, ValidateFn } from "./operation.ts";
import type { CallRequest } from "./request-parts.ts";
import type { RetryPolicy } from "./retry-policy.ts";
import { type ReceivedResponse, send, type Transport } from "./send.ts";

export interface CallContext {
  readonly transport: Transport;
  /** Present only when `validateResponses` is on. */
  readonly validate: ValidateFn | undefined;
  readonly newIdempotencyKey: () => string;
  /** Client defaults; a call's own options override them. */
  readonly timeoutMs: number;
  readonly maxNetworkRetries: number;
  readonly onResponse: (response: ResponseMeta) => void;
}

/** The method, URL, headers and body of one call, and which failures may be retried. */
export interface WireRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: BodyInit | undefined;
  readonly retry: RetryPolicy;
}

/** A body as the profile read it; `json` is set when it parsed as JSON (only those are validated). */
export interface ParsedBody {
  readonly value: unknown;
  readonly json: boolean;
  /** Read as JSON but not JSON: `value` is the text. */
  readonly malformed: boolean;
}

/** One operation bound to its profile, built once per client. */
export interface PreparedOperation {
  readonly operationId: string;
  readonly descriptor: OperationDescriptor;
  /** The base URL without a trailing slash. */
  readonly origin: string;
  /** `url` replaces path and query (a v2 `next_page_url`, whose page token carries the filters). */
  wire(request: CallRequest, context: CallContext, url?: string): WireRequest;
  parse(response: ReceivedResponse): ParsedBody;
  /** The call's result, or the error the response stands for. */
  outcome(body: ParsedBody, response: ResponseMeta): unknown;
}

function checkContract(context: CallContext, operation: PreparedOperation, status: number, body: ParsedBody): void {
  // Only JSON bodies are checked: a proxy's HTML error page is a transport failure, reported as ApiError.
  if (context.validate === undefined || !body.json) return;
  const schema = responseForStatus(operation.descriptor.responses, status)?.schema;
  if (schema == null) return;
  const result = context.validate(schema, body.value);
  if (!result.valid) throw new ContractError(operation.operationId, status, schema, result.errors, body.value);
}

function responseMeta(status: number, headers: Headers): ResponseMeta {
  return { status, headers, requestId: headers.get("request-id") ?? headers.get("x-request-id") ?? undefined };
}

export async function callOperation(
  context: CallContext,
  operation: PreparedOperation,
  request: CallRequest,
  url?: string,
): Promise<WithResponse<unknown>> {
  const wire = operation.wire(request, context, url);
  const received = await send(context.transport, {
    ...wire,
    signal: request.signal,
    timeoutMs: request.timeoutMs ?? context.timeoutMs,
    maxNetworkRetries: request.maxNetworkRetries ?? context.maxNetworkRetries,
  });
  const response = responseMeta(received.status, received.headers);
  context.onResponse(response);
  const body = operation.parse(received);
  checkContract(context, operation, received.status, body);
  return { data: operation.outcome(body, response), response };
}
