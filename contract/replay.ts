// Replays one HTTP cassette: nock answers with the recorded response, the generated client makes
// the call, and the exchange is checked like a live one. The host is under .invalid (RFC 2606)
// and net connect is disabled, so a missed interception fails instead of reaching the network.
import nock from "nock";
import type { OperationDescriptor, ValidateFn } from "../runtime/operation.ts";
import { type ClientFactory, callOperation } from "./call-operation.ts";
import type { HttpCassette } from "./cassette.ts";
import { checkExchange, type ExchangeVerdict } from "./check-exchange.ts";
import { matchOperation, type OperationMatch } from "./match-operation.ts";
import type { Violation } from "./violation.ts";

export const REPLAY_BASE_URL = "http://stripe-replay.invalid";

export interface ReplayDeps {
  readonly operations: Readonly<Record<string, OperationDescriptor>>;
  readonly createClient: ClientFactory;
  readonly validate: ValidateFn;
}

export interface ReplayResult {
  readonly operationId: string | undefined;
  readonly verdict: ExchangeVerdict;
}

function bodyText(body: unknown): string {
  return typeof body === "string" ? body : JSON.stringify(body);
}

/** No operation in the specs has this method and path: nothing to call, one violation. */
function unmatched(file: string, cassette: HttpCassette): ReplayResult {
  const { request, response } = cassette;
  const violation = {
    source: file,
    operation: "(none)",
    status: response.status,
    reason: `no operation in the specs matches ${request.method} ${request.path}`,
  };
  return {
    operationId: undefined,
    verdict: { status: response.status, responseKey: undefined, violations: [violation] },
  };
}

/** nock answers the recorded request with the recorded response; everything else is refused. */
function interceptRecorded(cassette: HttpCassette): nock.Scope {
  const { request, response } = cassette;
  nock.disableNetConnect();
  return nock(REPLAY_BASE_URL)
    .intercept(request.path, request.method)
    .query(true)
    .reply(response.status, bodyText(response.body), response.headers);
}

/** The client must have made the recorded request; a replay that never reached nock proves nothing. */
function unusedInterception(file: string, operationId: string, cassette: HttpCassette, scope: nock.Scope): Violation[] {
  if (scope.isDone()) return [];
  const { method, path } = cassette.request;
  return [
    {
      source: file,
      operation: operationId,
      reason: "the client never made the recorded request",
      expected: `${method} ${path}`,
      actual: "no matching request",
    },
  ];
}

async function replayMatched(
  file: string,
  cassette: HttpCassette,
  match: OperationMatch,
  deps: ReplayDeps,
): Promise<ReplayResult> {
  const { request, response } = cassette;
  const scope = interceptRecorded(cassette);
  try {
    const call = {
      operationId: match.operation.operationId,
      path: match.pathParams,
      query: request.query,
      ...(request.body === undefined ? {} : { body: request.body }),
    };
    const outcome = await callOperation(deps.createClient, { apiKey: "sk_test_123", baseUrl: REPLAY_BASE_URL }, call);
    const verdict = checkExchange(
      {
        source: file,
        operation: match.operation,
        call,
        outcome,
        expectedPath: request.path,
        expectedStatus: response.status,
      },
      deps.validate,
    );
    const unused = unusedInterception(file, match.operation.operationId, cassette, scope);
    return {
      operationId: match.operation.operationId,
      verdict: { ...verdict, violations: [...verdict.violations, ...unused] },
    };
  } finally {
    nock.cleanAll();
    nock.enableNetConnect();
  }
}

export async function replayCassette(file: string, cassette: HttpCassette, deps: ReplayDeps): Promise<ReplayResult> {
  const match = matchOperation(deps.operations, cassette.request.method, cassette.request.path);
  return match === undefined ? unmatched(file, cassette) : replayMatched(file, cassette, match, deps);
}
