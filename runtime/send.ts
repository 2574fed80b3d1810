// One logical request = up to 1 + maxNetworkRetries fetches, then the body of the last one read
// in full. Each attempt has an idle timeout that restarts whenever data arrives (stripe-node's
// socket timeout does the same), so a slow but steady body is not cut off. The caller's
// AbortSignal cancels the attempt in flight and any backoff wait.

import type { Sleep } from "./abortable-sleep.ts";
import { ConnectionError, TimeoutError } from "./errors.ts";
import { backoffMs, type RetryPolicy } from "./retry-policy.ts";

export interface Transport {
  readonly fetch: typeof fetch;
  readonly sleep: Sleep;
  readonly random: () => number;
}

export interface OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: BodyInit | undefined;
  readonly retry: RetryPolicy;
  readonly signal: AbortSignal | undefined;
  /** Longest wait for any data; 0 or Infinity disables it. */
  readonly timeoutMs: number;
  readonly maxNetworkRetries: number;
}

export interface ReceivedResponse {
  readonly status: number;
  readonly headers: Headers;
  /** The whole body, as it arrived. */
  readonly chunks: readonly Uint8Array[];
}

interface IdleTimer {
  readonly signal: AbortSignal | undefined;
  /** Data arrived: the wait starts again. */
  touch(): void;
  stop(): void;
  fired(): boolean;
}

const NO_TIMER = (signal: AbortSignal | undefined): IdleTimer => ({
  signal,
  touch: () => {},
  stop: () => {},
  fired: () => false,
});

function idleTimer(timeoutMs: number, caller: AbortSignal | undefined): IdleTimer {
  if (!(timeoutMs > 0 && timeoutMs < 2 ** 31)) return NO_TIMER(caller);
  const controller = new AbortController();
  const fire = () => controller.abort();
  let timer = setTimeout(fire, timeoutMs);
  return {
    signal: caller === undefined ? controller.signal : AbortSignal.any([caller, controller.signal]),
    touch: () => {
      // Node's timers restart in place; elsewhere setTimeout returns a number and is set again.
      if (typeof timer === "object" && typeof timer.refresh === "function") timer.refresh();
      else {
        clearTimeout(timer);
        timer = setTimeout(fire, timeoutMs);
      }
    },
    stop: () => clearTimeout(timer),
    fired: () => controller.signal.aborted,
  };
}

/** The `code` of an error or of one of its causes, e.g. "ECONNRESET". */
function failureCode(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause instanceof Object && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string") return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

function describe(error: unknown): string {
  const code = failureCode(error);
  return (error instanceof Error ? error.message : String(error)) + (code === undefined ? "" : ` (${code})`);
}

/** What a failed fetch or body read means to the caller: their own abort, a timeout, or a lost connection. */
function failure(error: unknown, request: OutgoingRequest, timer: IdleTimer, stage: string): unknown {
  if (request.signal?.aborted) return request.signal.reason;
  if (timer.fired()) {
    const message = `${stage} ${request.url} timed out: no data for ${request.timeoutMs} ms`;
    return new TimeoutError({ message, cause: error });
  }
  return new ConnectionError({ message: `${stage} ${request.url} failed: ${describe(error)}`, cause: error });
}

/** Reads the whole body; the idle timer restarts with every chunk. */
async function readBody(response: Response, timer: IdleTimer, request: OutgoingRequest): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  if (response.body === null) return chunks;
  const reader = response.body.getReader();
  try {
    for (;;) {
      timer.touch();
      const { done, value } = await reader.read();
      if (done) return chunks;
      chunks.push(value);
    }
  } catch (error) {
    // A body cut short is not retried: the server may have acted on the request (stripe-node agrees).
    throw failure(error, request, timer, "Reading the response of");
  }
}

async function retryAfterWait(transport: Transport, request: OutgoingRequest, retriesDone: number): Promise<void> {
  await transport.sleep(backoffMs(retriesDone, transport.random), request.signal);
}

export async function send(transport: Transport, request: OutgoingRequest): Promise<ReceivedResponse> {
  const { retry, maxNetworkRetries } = request;
  for (let retriesDone = 0; ; retriesDone++) {
    request.signal?.throwIfAborted();
    const timer = idleTimer(request.timeoutMs, request.signal);
    let response: Response;
    try {
      const init = { method: request.method, headers: request.headers, body: request.body, signal: timer.signal };
      response = await transport.fetch(request.url, init);
    } catch (error) {
      timer.stop();
      const cause = failure(error, request, timer, "Request to");
      if (!(cause instanceof ConnectionError && retry.afterFailure(failureCode(error), retriesDone, maxNetworkRetries)))
        throw cause;
      await retryAfterWait(transport, request, retriesDone);
      continue;
    }
    if (retry.afterResponse(response.status, response.headers, retriesDone, maxNetworkRetries)) {
      timer.stop();
      response.body?.cancel().catch(() => {});
      await retryAfterWait(transport, request, retriesDone);
      continue;
    }
    try {
      return { status: response.status, headers: response.headers, chunks: await readBody(response, timer, request) };
    } finally {
      timer.stop();
    }
  }
}
