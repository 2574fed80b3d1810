// signPayload: a Stripe-Signature header value for a payload, for users' own tests (the counterpart
// of stripe-node's webhooks.generateTestHeaderString).
import { hmacAsync, hmacSync } from "./hmac.ts";
import type { RawPayload } from "./verify-signature.ts";
import { checkSecrets } from "./verify-signature.ts";

export interface SignOptions {
  readonly payload: RawPayload;
  readonly secret: string;
  /** Unix seconds; default now. */
  readonly timestamp?: number;
}

export function signPayload(options: SignOptions): string {
  const timestamp = checkedTimestamp(options);
  return header(timestamp, hmacSync(options.secret, timestamp, options.payload));
}

export async function signPayloadAsync(options: SignOptions): Promise<string> {
  const timestamp = checkedTimestamp(options);
  return header(timestamp, await hmacAsync(options.secret, timestamp, options.payload));
}

function checkedTimestamp({ payload, secret, timestamp }: SignOptions): number {
  checkSecrets(secret);
  if (typeof payload !== "string" && !(payload instanceof Uint8Array))
    throw new TypeError("signPayload signs the raw body: pass a string or bytes (JSON.stringify an object first).");
  const value = timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isInteger(value) || value < 0)
    throw new TypeError(`timestamp must be whole unix seconds, got ${String(timestamp)}`);
  return value;
}

function header(timestamp: number, signature: string): string {
  return `t=${timestamp},v1=${signature}`;
}
