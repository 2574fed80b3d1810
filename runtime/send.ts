// One logical request = up to 1 + maxNetworkRetries fetches. Each attempt gets its own timeout;
// the caller's AbortSignal cancels both the attempt in flight and any backoff wait.

import type { Sleep } from "./abortable-sleep.ts";
import { ConnectionError, TimeoutError } from "./errors.ts";
import { backoffMs, shouldRetryStatus } from "./retry-policy.ts";

export interface Transport {
  readonly fetch: typeof fetch;
  /** Per attempt; 0 or Infinity disables the timeout. */
  readonly timeoutMs: number;
  readonly maxNetworkRetries: number;
  readonly sleep: Sleep;
  readonly random: () => number;
}

export interface OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly signal: AbortSignal | undefined;
  /** False for writes without an Idempotency-Key: re-sending them could apply them twice. */
  readonly repeatable: boolean;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

function describe(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? ` (${cause.code})` : "";
  return (error instanceof Error ? error.message : String(error)) + code;
}

function withTimeout(
  timeoutMs: number,
  caller: AbortSignal | undefined,
): { signal: AbortSignal | undefined; timer?: ReturnType<typeof setTimeout>; timeout?: AbortController } {
  if (!(timeoutMs > 0 && timeoutMs < 2 ** 31)) return { signal: caller };
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  return { signal: caller === undefined ? timeout.signal : AbortSignal.any([caller, timeout.signal]), timer, timeout };
}

/** One fetch, body included, so a body that stalls also counts against the timeout. */
async function attempt(transport: Transport, request: OutgoingRequest): Promise<RawResponse> {
  const { signal, timer, timeout } = withTimeout(transport.timeoutMs, request.signal);
  try {
    const response = await transport.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    if (timeout?.signal.aborted) {
      throw new TimeoutError({
        message: `Request to ${request.url} timed out after ${transport.timeoutMs} ms`,
        cause: error,
      });
    }
    throw new ConnectionError({ message: `Could not reach ${request.url}: ${describe(error)}`, cause: error });
  } finally {
    clearTimeout(timer);
  }
}

export async function send(transport: Transport, request: OutgoingRequest): Promise<RawResponse> {
  for (let retriesDone = 0; ; retriesDone++) {
    request.signal?.throwIfAborted();
    const mayRetry = request.repeatable && retriesDone < transport.maxNetworkRetries;
    let response: RawResponse;
    try {
      response = await attempt(transport, request);
    } catch (error) {
      if (!mayRetry || !(error instanceof ConnectionError)) throw error;
      await transport.sleep(backoffMs(retriesDone, transport.random), request.signal);
      continue;
    }
    // Successes are final even if a proxy adds Stripe-Should-Retry: re-sending could only duplicate work.
    const retry =
      mayRetry &&
      response.status >= 400 &&
      shouldRetryStatus(response.status, response.headers.get("stripe-should-retry"));
    if (!retry) return response;
    await transport.sleep(backoffMs(retriesDone, transport.random), request.signal);
  }
}
