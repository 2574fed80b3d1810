// Turns one client call (request sent, response received, what the client did with it) into
// contract violations. Schema checks live in check-response.ts; this adds the HTTP-level checks.

import type { OperationDescriptor, ValidateFn } from "../runtime/operation.ts";
import type { CallOutcome, ClientCall } from "./call-operation.ts";
import type { CapturedExchange } from "./capture-fetch.ts";
import { checkResponse, type ResponseVerdict } from "./check-response.ts";
import { parseJsonOrUndefined } from "./parse-json.ts";
import { queryDifference } from "./query-equal.ts";
import { describeValue, truncate, type Violation } from "./violation.ts";

export interface ExchangeCheck {
  readonly source: string;
  readonly operation: OperationDescriptor;
  readonly call: ClientCall;
  readonly outcome: CallOutcome;
  /** Concrete path the request must hit (cassette path, or the operation path with the call's params). */
  readonly expectedPath: string;
  /** Status the case was written to exercise; undefined accepts any documented status. */
  readonly expectedStatus?: number;
}

export interface ExchangeVerdict extends ResponseVerdict {
  readonly status: number | undefined;
}

function requestViolations(check: ExchangeCheck, exchange: CapturedExchange): Violation[] {
  const base = { source: check.source, operation: check.operation.operationId };
  const { request } = exchange;
  const found: Violation[] = [];
  if (request.method !== check.operation.method) {
    found.push({
      ...base,
      reason: "client used the wrong HTTP method",
      expected: check.operation.method,
      actual: request.method,
    });
  }
  if (request.url.pathname !== check.expectedPath) {
    found.push({
      ...base,
      reason: "client requested the wrong path",
      expected: check.expectedPath,
      actual: request.url.pathname,
    });
  }
  const queryDiff = queryDifference(check.call.query, request.url.search);
  if (queryDiff !== undefined)
    found.push({ ...base, reason: "client encoded the query differently from the case", ...queryDiff });
  return found;
}

/**
 * How Prism reports a request that breaks the spec: an `sl-violations` header when the spec has
 * a response it can still send (e.g. v1's `default`), otherwise its own problem+json error.
 */
function prismRejection(exchange: CapturedExchange): string | undefined {
  const response = exchange.response;
  if (response === undefined) return undefined;
  const header = response.headers["sl-violations"];
  if (header !== undefined) return header;
  if (!(response.headers["content-type"] ?? "").includes("application/problem+json")) return undefined;
  const problem = parseJsonOrUndefined(response.text) as
    | { type?: unknown; detail?: unknown; validation?: unknown }
    | undefined;
  if (typeof problem?.type !== "string" || !problem.type.startsWith("https://stoplight.io/prism/errors#"))
    return undefined;
  return JSON.stringify(problem.validation ?? problem.detail ?? problem.type);
}

function prismViolations(check: ExchangeCheck, exchange: CapturedExchange): Violation[] {
  const rejection = prismRejection(exchange);
  if (rejection === undefined) return [];
  return [
    {
      source: check.source,
      operation: check.operation.operationId,
      status: exchange.response?.status,
      reason: "Prism rejected the request the client sent",
      expected: "a request valid against the spec",
      actual: truncate(rejection, 400),
    },
  ];
}

function thrownStatus(thrown: unknown): unknown {
  return typeof thrown === "object" && thrown !== null ? (thrown as { status?: unknown }).status : undefined;
}

/** The client must return 2xx bodies and throw errors carrying the HTTP status for the rest. */
function clientBehaviourViolations(check: ExchangeCheck, status: number): Violation[] {
  const base = { source: check.source, operation: check.operation.operationId, status };
  const { thrown } = check.outcome;
  if (status < 400) {
    return thrown === undefined
      ? []
      : [
          {
            ...base,
            reason: "client threw on a successful response",
            expected: "a returned body",
            actual: describeValue(String(thrown)),
          },
        ];
  }
  if (thrown === undefined)
    return [
      {
        ...base,
        reason: "client returned normally on an error response",
        expected: `a thrown error with status ${status}`,
        actual: "no error",
      },
    ];
  if (thrownStatus(thrown) !== status)
    return [
      {
        ...base,
        reason: "client error carries the wrong status",
        expected: String(status),
        actual: describeValue(thrownStatus(thrown)),
      },
    ];
  return [];
}

function statusViolations(check: ExchangeCheck, status: number): Violation[] {
  if (check.expectedStatus === undefined || check.expectedStatus === status) return [];
  return [
    {
      source: check.source,
      operation: check.operation.operationId,
      status,
      reason: "the case did not get the status it exercises",
      expected: String(check.expectedStatus),
      actual: String(status),
    },
  ];
}

export function checkExchange(check: ExchangeCheck, validate: ValidateFn): ExchangeVerdict {
  const base = { source: check.source, operation: check.operation.operationId };
  const { exchanges } = check.outcome;
  const exchange = exchanges[0];
  if (exchanges.length !== 1 || exchange === undefined) {
    const actual =
      exchanges.length === 0
        ? `no request (client threw: ${String(check.outcome.thrown)})`
        : `${exchanges.length} requests`;
    return {
      status: undefined,
      responseKey: undefined,
      violations: [
        {
          ...base,
          reason: "expected exactly one HTTP request (retries are disabled)",
          expected: "1 request",
          actual: truncate(actual),
        },
      ],
    };
  }
  if (exchange.response === undefined) {
    return {
      status: undefined,
      responseKey: undefined,
      violations: [
        ...requestViolations(check, exchange),
        {
          ...base,
          reason: "no response",
          expected: "an HTTP response",
          actual: truncate(exchange.transportError ?? "unknown transport error"),
        },
      ],
    };
  }
  const { status, text } = exchange.response;
  const verdict = checkResponse({ source: check.source, operation: check.operation, status, text }, validate);
  const violations = [
    ...requestViolations(check, exchange),
    ...prismViolations(check, exchange),
    ...statusViolations(check, status),
    ...verdict.violations,
    ...clientBehaviourViolations(check, status),
  ];
  return { status, responseKey: verdict.responseKey, violations };
}
