// Replays one HTTP cassette: the generated client makes the call through an injected fetch that
// answers the recorded request with the recorded response (and nothing else), and the exchange is
// checked like a live one. Nothing is patched globally and nothing reaches the network: the host is
// under .invalid (RFC 2606), and any other request fails as a transport error.
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

/** The recorded response, once, to the recorded method and path on the replay host; a transport error otherwise. */
function recordedFetch(cassette: HttpCassette): { fetch: typeof fetch; used: () => boolean } {
  const { request, response } = cassette;
  let used = false;
  const answer = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const sent = new Request(input, init);
    const url = new URL(sent.url);
    const matches =
      url.origin === REPLAY_BASE_URL && sent.method === request.method && samePath(url.pathname, request.path);
    if (!matches || used) throw new TypeError(`fetch failed: no recorded response for ${sent.method} ${url.pathname}`);
    used = true;
    const empty = response.body === undefined || [204, 205, 304].includes(response.status);
    return new Response(empty ? null : bodyText(response.body), { status: response.status, headers: response.headers });
  };
  return { fetch: answer as typeof fetch, used: () => used };
}

function samePath(sent: string, recorded: string): boolean {
  const decoded = (path: string) => {
    try {
      return decodeURIComponent(path);
    } catch {
      return path;
    }
  };
  return sent === recorded || decoded(sent) === decoded(recorded);
}

/** The client must have made the recorded request; a replay that never reached the recording proves nothing. */
function unusedRecording(file: string, operationId: string, cassette: HttpCassette, used: boolean): Violation[] {
  if (used) return [];
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
  const recorded = recordedFetch(cassette);
  const call = {
    operationId: match.operation.operationId,
    path: match.pathParams,
    query: request.query,
    ...(request.body === undefined ? {} : { body: request.body }),
  };
  const settings = { apiKey: "sk_test_123", baseUrl: REPLAY_BASE_URL, fetch: recorded.fetch };
  const outcome = await callOperation(deps.createClient, settings, call);
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
  const unused = unusedRecording(file, match.operation.operationId, cassette, recorded.used());
  return {
    operationId: match.operation.operationId,
    verdict: { ...verdict, violations: [...verdict.violations, ...unused] },
  };
}

export async function replayCassette(file: string, cassette: HttpCassette, deps: ReplayDeps): Promise<ReplayResult> {
  const match = matchOperation(deps.operations, cassette.request.method, cassette.request.path);
  return match === undefined ? unmatched(file, cassette) : replayMatched(file, cassette, match, deps);
}
