// Public types of a runtime client. Generated code supplies `Ops` (one entry per operation).

import type { Sleep } from "./abortable-sleep.ts";
import type { HttpMethod } from "./operation.ts";

export interface ClientOptions {
  apiKey?: string;
  /** Replaces each operation's spec server, e.g. "http://localhost:12111". */
  baseUrl?: string;
  /** Sent with every request; call headers override them by name (case-insensitive). */
  headers?: Readonly<Record<string, string>>;
  /** Stripe profile: sent as Stripe-Version; defaults to the version of the spec each operation came from. */
  stripeVersion?: string;
  /** Stripe profile: connected account to act as (Stripe-Account). Mutually exclusive with stripeContext. */
  stripeAccount?: string;
  /** Stripe profile: context to act in (Stripe-Context). Mutually exclusive with stripeAccount. */
  stripeContext?: string;
  /** "bearer" (default) sends `Authorization: Bearer <key>`; "basic" sends the key as the Basic user name. */
  authScheme?: "bearer" | "basic";
  fetch?: typeof fetch;
  /** How long a request may wait for any data (idle, like stripe-node's socket timeout); default 80000, 0 disables it. */
  timeoutMs?: number;
  /** Default 2. */
  maxNetworkRetries?: number;
  /** Check every JSON response body against the spec's schema for its status; mismatches throw ContractError. */
  validateResponses?: boolean;
  /** Injectable for tests: backoff wait, jitter source in [0, 1), and the automatic Idempotency-Key. */
  sleep?: Sleep;
  random?: () => number;
  newIdempotencyKey?: () => string;
}

/** Options of one call, beside its parameters; each overrides the client's setting for this call only. */
export interface CallOptions {
  /** Cancels the request and any backoff wait; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Sent as Idempotency-Key on every attempt. Stripe profile: writes get one automatically. */
  idempotencyKey?: string;
  timeoutMs?: number;
  maxNetworkRetries?: number;
}

/** Call options of operations on the stripe profile: the Stripe-Account or Stripe-Context of this call. */
export interface StripeCallOptions extends CallOptions {
  /** Sent as Stripe-Account instead of the client's stripeAccount/stripeContext. */
  stripeAccount?: string;
  /** Sent as Stripe-Context instead of the client's stripeAccount/stripeContext (e.g. a thin event's `context`). */
  stripeContext?: string;
}

/** Status, headers and request id of one response. */
export interface ResponseMeta {
  readonly status: number;
  readonly headers: Headers;
  /** The `Request-Id` header (or `X-Request-Id`), the thing to quote to the API's support. */
  readonly requestId: string | undefined;
}

export interface WithResponse<T> {
  readonly data: T;
  readonly response: ResponseMeta;
}

/** `client.rawRequest(…)`: a request to a path on the client's own base URL, sent like every call of the client. */
export interface RawRequestOptions extends StripeCallOptions {
  method: HttpMethod;
  /** A path on the client's base URL: one leading "/", no scheme, no "//", no backslash. */
  path: string;
  query?: Readonly<Record<string, unknown>>;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

/** What one operation looks like at the type level. */
export interface OperationShape {
  request: object;
  response: unknown;
  item: unknown;
}

export type OperationMap<Ops> = { [K in keyof Ops]: OperationShape };

type Method<O extends OperationShape, R> =
  Record<never, never> extends O["request"] ? (request?: O["request"]) => R : (request: O["request"]) => R;

/** The argument may be omitted when nothing in the request is required. */
export type OperationMethod<O extends OperationShape> = Method<O, Promise<O["response"]>>;
export type WithResponseMethod<O extends OperationShape> = Method<O, Promise<WithResponse<O["response"]>>>;

export type PaginateMethod<O extends OperationShape> =
  Record<never, never> extends O["request"]
    ? (request?: O["request"] & { maxItems?: number }) => AsyncIterable<O["item"]>
    : (request: O["request"] & { maxItems?: number }) => AsyncIterable<O["item"]>;

type ListOperations<Ops extends OperationMap<Ops>> = {
  [K in keyof Ops]: [Ops[K]["item"]] extends [never] ? never : K;
}[keyof Ops];

export type RuntimeClient<Ops extends OperationMap<Ops>> = { readonly [K in keyof Ops]: OperationMethod<Ops[K]> } & {
  /** Each method again, resolving to `{ data, response }`: the response metadata of that call, even under concurrency. */
  readonly withResponse: { readonly [K in keyof Ops]: WithResponseMethod<Ops[K]> };
  /** Async iteration over every item of a list operation, one page request at a time. */
  readonly paginate: { readonly [K in ListOperations<Ops>]: PaginateMethod<Ops[K]> };
  /** A request to any path of the client's base URL, authenticated, retried and parsed like the generated methods. */
  readonly rawRequest: (options: RawRequestOptions) => Promise<unknown>;
  /**
   * Status, headers and request id of the response this client received last.
   * @deprecated Overwritten by every call, so concurrent calls read each other's; use `withResponse.<op>()`.
   */
  readonly lastResponse: ResponseMeta | undefined;
};

/** A whole request body of a binary media type (application/octet-stream, image/png, …). */
export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView<ArrayBuffer>;

/**
 * A multipart/form-data body whose `Files` properties (format: binary) take a Blob, or a File,
 * whose name becomes the part's filename; arrays of them are one part per item.
 */
export type MultipartBody<Body, Files extends keyof Body> = Omit<Body, Files> & {
  [K in keyof Pick<Body, Files>]: NonNullable<Body[K]> extends readonly unknown[] ? Blob[] : Blob;
};
