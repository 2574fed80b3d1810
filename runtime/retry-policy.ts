// When and how long to wait before re-sending, per stripe-node's RequestSender._shouldRetry and
// _getSleepTimeInMS. Pure functions so the rules are testable without HTTP.

const INITIAL_DELAY_SECONDS = 0.5;
const MAX_DELAY_SECONDS = 5;

/**
 * Whether a response deserves another attempt, assuming retries remain and the request is safe
 * to repeat. `Stripe-Should-Retry` wins either way; otherwise only 409 and 5xx are retried
 * (so 429 is not, unless the header asks for it).
 */
export function shouldRetryStatus(status: number, shouldRetryHeader: string | null): boolean {
  if (shouldRetryHeader === "false") return false;
  if (shouldRetryHeader === "true") return true;
  return status === 409 || status >= 500;
}

/** Delay before retry number `retriesDone + 1`: min(0.5·2^n, 5) s, times jitter in [0.5, 1], at least 0.5 s. */
export function backoffMs(retriesDone: number, random: () => number): number {
  const base = Math.min(INITIAL_DELAY_SECONDS * 2 ** retriesDone, MAX_DELAY_SECONDS);
  const jittered = base * 0.5 * (1 + random());
  return Math.max(INITIAL_DELAY_SECONDS, jittered) * 1000;
}
