// Signed deliveries for the receiver's tests, built at test time from the documented payloads in
// the cassettes, with a secret generated for this run.
import { randomUUID } from "node:crypto";
import type { Json } from "../../test-support/json.ts";
import { documentedBody } from "../../test-support/recordings.ts";
import { signPayload } from "../sign-payload.ts";

export const SECRET = `whsec_test_${randomUUID().replaceAll("-", "")}`;
export const OTHER_SECRET = `whsec_test_${randomUUID().replaceAll("-", "")}`;
/** The signatures' timestamp, and `now` for every check. */
export const T = 1_735_689_600;

export interface Delivery {
  readonly raw: string;
  readonly header: string;
}

/** Pretty-printed as Stripe sends it, signed at T. */
export function signed(body: unknown, secret = SECRET): Delivery {
  const raw = JSON.stringify(body, null, 2);
  return { raw, header: signPayload({ payload: raw, secret, timestamp: T }) };
}

export function v1Event(): Json {
  return structuredClone(documentedBody("v1-event-retrieve-200.json"));
}

/** The documented thin notification: a v2.core.event_destination.ping. */
export function pingNotification(): Json {
  return structuredClone(documentedBody("v2-thin-event-notification.json"));
}

/** A notification of a type the specs do not list (stripe-node knows it; our spec does not, yet). */
export function unlistedNotification(): Json {
  return { ...pingNotification(), type: "v1.billing.meter.created" };
}

/** The error `run` throws, which must be a `type`; anything else fails the test. */
export function thrown<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
