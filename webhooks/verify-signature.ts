// verifySignature / verifySignatureAsync: Stripe's scheme (HMAC-SHA256 of `${t}.${payload}`, hex,
// any v1= entry may match, constant-time comparison, 300 s tolerance), with the stricter rules of
// issue 10: a future timestamp beyond the tolerance is refused, tolerance 0 is an argument error,
// and a parsed object or empty body is `not-raw-body`.
import { constantTimeEqual, hmacAsync, hmacSync } from "./hmac.ts";
import { noMatch, notRawBody, outsideTolerance } from "./signature-error.ts";
import { parseSignatureHeader } from "./signature-header.ts";

export const DEFAULT_TOLERANCE_SECONDS = 300;

export interface VerifyOptions {
  /** Maximum age (and future skew) of the signature in seconds; default 300. `Infinity` disables the check. */
  readonly toleranceSeconds?: number;
  /** The current time in unix seconds (tests pin it); default the clock. */
  readonly now?: number;
}

export interface VerifiedSignature {
  /** The signature's timestamp, unix seconds. */
  readonly timestamp: number;
}

export type RawPayload = string | Uint8Array;
export type Secrets = string | readonly string[];

interface Prepared {
  readonly payload: RawPayload;
  readonly timestamp: number;
  /** The v1= values as written (lowercase hex when genuine). */
  readonly signatures: readonly string[];
  readonly secrets: readonly string[];
  readonly tolerance: number;
  readonly now: number;
}

export function verifySignature(
  payload: RawPayload,
  header: string | null | undefined,
  secrets: Secrets,
  options: VerifyOptions = {},
): VerifiedSignature {
  const prepared = prepare(payload, header, secrets, options);
  const matched = prepared.secrets.some((secret) =>
    matchesAny(hmacSync(secret, prepared.timestamp, prepared.payload), prepared.signatures),
  );
  return conclude(prepared, matched);
}

/** The same checks with WebCrypto, for runtimes without node:crypto (edge functions, workers). */
export async function verifySignatureAsync(
  payload: RawPayload,
  header: string | null | undefined,
  secrets: Secrets,
  options: VerifyOptions = {},
): Promise<VerifiedSignature> {
  const prepared = prepare(payload, header, secrets, options);
  let matched = false;
  for (const secret of prepared.secrets) {
    if (matchesAny(await hmacAsync(secret, prepared.timestamp, prepared.payload), prepared.signatures)) matched = true;
  }
  return conclude(prepared, matched);
}

function prepare(payload: unknown, header: unknown, secrets: unknown, options: VerifyOptions): Prepared {
  const secretList = checkSecrets(secrets);
  const tolerance = checkTolerance(options.toleranceSeconds);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (!Number.isFinite(now)) throw new TypeError(`options.now must be unix seconds, got ${String(options.now)}`);
  const raw = checkPayload(payload);
  const { timestamp, signatures } = parseSignatureHeader(header);
  return { payload: raw, timestamp, signatures, secrets: secretList, tolerance, now };
}

function matchesAny(expected: string, signatures: readonly string[]): boolean {
  let matched = false;
  // Every entry is compared, so timing does not reveal which one matched.
  for (const signature of signatures) if (constantTimeEqual(expected, signature)) matched = true;
  return matched;
}

function conclude(prepared: Prepared, matched: boolean): VerifiedSignature {
  if (!matched)
    throw noMatch(
      prepared.secrets.length,
      prepared.secrets.some((secret) => /\s/.test(secret)),
    );
  const age = prepared.now - prepared.timestamp;
  if (Math.abs(age) > prepared.tolerance) throw outsideTolerance(age, prepared.tolerance);
  return { timestamp: prepared.timestamp };
}

function checkPayload(payload: unknown): RawPayload {
  if (typeof payload === "string" || payload instanceof Uint8Array) {
    if (payload.length === 0) throw notRawBody("empty");
    return payload;
  }
  throw notRawBody("parsed");
}

/** Argument errors (a TypeError, not a signature failure): they are bugs in the caller's setup. */
export function checkSecrets(secrets: unknown): readonly string[] {
  const list = typeof secrets === "string" ? [secrets] : secrets;
  if (!Array.isArray(list) || list.length === 0)
    throw new TypeError("Pass the endpoint's signing secret (whsec_…), or a non-empty list of them while rotating.");
  for (const secret of list) {
    if (typeof secret !== "string" || !NOT_BLANK.test(secret))
      throw new TypeError(
        "A webhook signing secret is empty or not a string: read it from the endpoint's settings (whsec_…).",
      );
  }
  return list as readonly string[];
}

const NOT_BLANK = /\S/;

export function checkTolerance(tolerance: number | undefined): number {
  if (tolerance === undefined) return DEFAULT_TOLERANCE_SECONDS;
  if (tolerance === 0)
    throw new TypeError(
      "toleranceSeconds 0 is refused: stripe-node reads 0 as 'no check', which is easy to pass by accident. To disable the timestamp check, pass Infinity.",
    );
  if (typeof tolerance !== "number" || Number.isNaN(tolerance) || tolerance < 0)
    throw new TypeError(
      `toleranceSeconds must be a positive number of seconds (or Infinity), got ${String(tolerance)}`,
    );
  return tolerance;
}
