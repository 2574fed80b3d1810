// The two clients of the differential test, driven alike: the official `stripe` package (its
// default Node HTTP client, pointed at the scripted server by host/port/protocol) and our generated
// Stripe client (generated/client.ts). Each call ends in an Outcome: the result as JSON, or the
// class of the error under a shared name.
import Stripe from "stripe";
import { createClient } from "../../generated/client.ts";
import { ConnectionError } from "../index.ts";
import type { ScriptedServer } from "./scripted-server.ts";

export type Call = "retrieve" | "list" | "ping" | "rawPost";

export type Outcome = { result: unknown } | { error: string };

export interface Settings {
  readonly maxNetworkRetries: number;
  readonly timeoutMs: number;
}

export interface Driver {
  run(call: Call): Promise<Outcome>;
  /** Backoff waits the client asked for (ours, through its injected sleep); undefined when only measurable. */
  readonly requestedWaits?: number[];
}

const LIST_QUERY = { limit: 3, types: ["charge.succeeded", "invoice.paid"], created: { gte: 1700000000 } };
const RAW_BODY = { metadata: { order: "1 & 2" }, tags: ["x", "y"] };

async function outcomeOf(promise: Promise<unknown>, errorName: (error: unknown) => string): Promise<Outcome> {
  try {
    return { result: JSON.parse(JSON.stringify(await promise)) };
  } catch (error) {
    return { error: errorName(error) };
  }
}

/** stripe-node names its classes StripeXxxError (type "StripeAPIError", …); ours are XxxError. */
function theirErrorName(error: unknown): string {
  const type = (error as { type?: unknown }).type;
  if (typeof type !== "string") return `not a StripeError: ${String(error)}`;
  return type.replace(/^Stripe/, "").replace(/^APIError$/, "ApiError");
}

function ourErrorName(error: unknown): string {
  // stripe-node reports a timeout as a StripeConnectionError; ours is its subclass TimeoutError.
  if (error instanceof ConnectionError) return "ConnectionError";
  return error instanceof Error ? error.name : String(error);
}

export function stripeNodeDriver(server: ScriptedServer, settings: Settings): Driver {
  const stripe = new Stripe("sk_test_123", {
    host: server.host,
    port: server.port,
    protocol: "http",
    maxNetworkRetries: settings.maxNetworkRetries,
    timeout: settings.timeoutMs,
    telemetry: false,
  });
  const calls: Record<Call, () => Promise<unknown>> = {
    retrieve: () => stripe.events.retrieve("evt_1"),
    list: () => stripe.events.list(LIST_QUERY),
    ping: () => stripe.v2.core.eventDestinations.ping("ed_1"),
    rawPost: () => stripe.rawRequest("POST", "/v1/customers", RAW_BODY),
  };
  return { run: (call) => outcomeOf(calls[call](), theirErrorName) };
}

export function ourDriver(server: ScriptedServer, settings: Settings): Driver {
  const requestedWaits: number[] = [];
  const client = createClient({
    apiKey: "sk_test_123",
    baseUrl: server.url,
    maxNetworkRetries: settings.maxNetworkRetries,
    timeoutMs: settings.timeoutMs,
    // Our waits are checked as requested, not slept: the bounds are the same as stripe-node's.
    sleep: async (ms) => {
      requestedWaits.push(ms);
    },
  });
  const calls: Record<Call, () => Promise<unknown>> = {
    retrieve: () => client.getEventsId({ path: { id: "evt_1" } }),
    list: () => client.getEvents({ query: LIST_QUERY }),
    ping: () => client.postV2CoreEventDestinationsIdPing({ path: { id: "ed_1" } }),
    rawPost: () => client.rawRequest({ method: "POST", path: "/v1/customers", body: RAW_BODY }),
  };
  return { run: (call) => outcomeOf(calls[call](), ourErrorName), requestedWaits };
}

/**
 * The wait before retry number `retriesDone + 1`, as stripe-node computes it: min(0.5·2^(n−1), 5) s
 * times jitter in [0.5, 1], at least 0.5 s. Bounds in ms.
 */
export function backoffBounds(retriesDone: number): [number, number] {
  const base = Math.min(0.5 * 2 ** (retriesDone - 1), 5) * 1000;
  return [Math.max(500, base / 2), Math.max(500, base)];
}
