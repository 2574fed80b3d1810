// When to send a request again and how long to wait first. The stripe policy is stripe-node's
// RequestSender._shouldRetry and _getSleepTimeInMS (23.x) rule for rule; the openapi profile
// retries only requests that are safe to repeat. Pure data and functions, testable without HTTP.

const INITIAL_DELAY_SECONDS = 0.5;
const MAX_DELAY_SECONDS = 5;

export interface RetryPolicy {
  /** After a failure before any response arrived (reset, refused, DNS, timeout). */
  afterFailure(failureCode: string | undefined, retriesDone: number, maxRetries: number): boolean;
  /** After response headers arrived; the body has not been read. */
  afterResponse(status: number, headers: Headers, retriesDone: number, maxRetries: number): boolean;
}

/**
 * Codes of a connection the other side closed: Node's ECONNRESET and EPIPE (stripe-node's
 * HttpClient.CONNECTION_CLOSED_ERROR_CODES), and undici's "other side closed", which is what
 * fetch reports where node:http says "socket hang up" (ECONNRESET).
 */
const CONNECTION_CLOSED = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]);

export const STRIPE_RETRIES: RetryPolicy = {
  afterFailure: (code, retriesDone, maxRetries) =>
    // A closed connection usually means the request never reached the API (a stale keep-alive
    // socket), so stripe-node retries it once even with maxNetworkRetries: 0.
    (retriesDone === 0 && code !== undefined && CONNECTION_CLOSED.has(code)) || retriesDone < maxRetries,
  afterResponse: (status, headers, retriesDone, maxRetries) => {
    if (retriesDone >= maxRetries) return false;
    // Stripe-Should-Retry wins either way, whatever the status (a 2xx included).
    const advice = headers.get("stripe-should-retry");
    if (advice === "false") return false;
    if (advice === "true") return true;
    return status === 409 || status >= 500;
  },
};

/** Statuses that say "try again later" for any HTTP API. */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** openapi profile, for idempotent methods and requests that carry an Idempotency-Key. */
export const IDEMPOTENT_RETRIES: RetryPolicy = {
  afterFailure: (_code, retriesDone, maxRetries) => retriesDone < maxRetries,
  afterResponse: (status, _headers, retriesDone, maxRetries) =>
    retriesDone < maxRetries && TRANSIENT_STATUSES.has(status),
};

/** openapi profile, for writes without an Idempotency-Key: sending them again could apply them twice. */
export const NO_RETRIES: RetryPolicy = {
  afterFailure: () => false,
  afterResponse: () => false,
};

/**
 * Wait before the next attempt, `retriesDone` retries having been made: min(0.5·2^(n−1), 5) s,
 * times jitter in [0.5, 1], at least 0.5 s. So the first two retries wait 0.5 s, the third
 * 0.5–1 s, the fourth 1–2 s, as stripe-node's does.
 */
export function backoffMs(retriesDone: number, random: () => number): number {
  const base = Math.min(INITIAL_DELAY_SECONDS * 2 ** (retriesDone - 1), MAX_DELAY_SECONDS);
  const jittered = base * 0.5 * (1 + random());
  return Math.max(INITIAL_DELAY_SECONDS, jittered) * 1000;
}
