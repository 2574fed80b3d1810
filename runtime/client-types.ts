// Public types of a runtime client. Generated code supplies `Ops` (one entry per operation).

import type { Sleep } from "./abortable-sleep.ts";
import type { LastResponse } from "./call-operation.ts";

export interface ClientOptions {
  apiKey?: string;
  /** Defaults to each operation's spec server, e.g. "https://api.stripe.com". */
  baseUrl?: string;
  /** Sent as Stripe-Version; defaults to the version of the spec each operation came from. */
  stripeVersion?: string;
  /** Connected account to act as (Stripe-Account). Mutually exclusive with stripeContext. */
  stripeAccount?: string;
  /** Context to act in (Stripe-Context). Mutually exclusive with stripeAccount. */
  stripeContext?: string;
  /** "bearer" (default) sends `Authorization: Bearer <key>`; "basic" sends the key as the Basic user name. */
  authScheme?: "bearer" | "basic";
  fetch?: typeof fetch;
  /** Per attempt, default 80000. 0 disables the timeout. */
  timeoutMs?: number;
  /** Default 2. */
  maxNetworkRetries?: number;
  /** Check every response body against the spec's schema for its status; mismatches throw ContractError. */
  validateResponses?: boolean;
  /** Injectable for tests: backoff wait, jitter source in [0, 1), and the automatic Idempotency-Key. */
  sleep?: Sleep;
  random?: () => number;
  newIdempotencyKey?: () => string;
}

/** What one operation looks like at the type level (see OperationTypes in operation.ts). */
export interface OperationShape {
  request: object;
  response: unknown;
  item: unknown;
}

export type OperationMap<Ops> = { [K in keyof Ops]: OperationShape };

/** The argument may be omitted when nothing in the request is required. */
export type OperationMethod<O extends OperationShape> =
  Record<never, never> extends O["request"]
    ? (request?: O["request"]) => Promise<O["response"]>
    : (request: O["request"]) => Promise<O["response"]>;

export type PaginateMethod<O extends OperationShape> =
  Record<never, never> extends O["request"]
    ? (request?: O["request"] & { maxItems?: number }) => AsyncIterable<O["item"]>
    : (request: O["request"] & { maxItems?: number }) => AsyncIterable<O["item"]>;

type ListOperations<Ops extends OperationMap<Ops>> = {
  [K in keyof Ops]: [Ops[K]["item"]] extends [never] ? never : K;
}[keyof Ops];

export type RuntimeClient<Ops extends OperationMap<Ops>> = { readonly [K in keyof Ops]: OperationMethod<Ops[K]> } & {
  /** Async iteration over every item of a list operation, one page request at a time. */
  readonly paginate: { readonly [K in ListOperations<Ops>]: PaginateMethod<Ops[K]> };
  /** Status, headers and Request-Id of the most recent response this client received. */
  readonly lastResponse: LastResponse | undefined;
};
