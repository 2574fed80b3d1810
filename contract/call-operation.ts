// Calls one operation through the generated client with a capturing fetch, so the same code path
// consumers use (URL building, query encoding, auth, error mapping) is what the suite checks.
import { type CapturedExchange, createCapturingFetch } from "./capture-fetch.ts";
import type { CallerArguments } from "./cassette.ts";

export interface ClientCall extends CallerArguments {
  readonly operationId: string;
  /** Path parameters by name. */
  readonly path: Readonly<Record<string, string>>;
}

export interface ClientOptions {
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
}

/** Builds a generated client; test files pass `(o) => createClient({ ...o, maxNetworkRetries: 0 })`. */
export type ClientFactory = (options: ClientOptions) => object;

type ClientMethod = (args: { path?: unknown; query?: unknown; body?: unknown }) => Promise<unknown>;

export interface CallOutcome {
  readonly exchanges: readonly CapturedExchange[];
  /** What the client method threw, if it threw. */
  readonly thrown?: unknown;
}

export interface CallSettings {
  readonly apiKey: string;
  readonly baseUrl: string;
  /** Underlying fetch: the global one (nock intercepts it) unless a test injects another. */
  readonly fetch?: typeof fetch;
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

export async function callOperation(
  createClient: ClientFactory,
  settings: CallSettings,
  call: ClientCall,
): Promise<CallOutcome> {
  const capture = createCapturingFetch(settings.fetch ?? globalThis.fetch, settings.extraHeaders);
  const client = createClient({ apiKey: settings.apiKey, baseUrl: settings.baseUrl, fetch: capture.fetch }) as Record<
    string,
    unknown
  >;
  const method = client[call.operationId];
  if (typeof method !== "function") throw new Error(`The generated client has no method ${call.operationId}`);
  const args = { path: call.path, query: call.query, ...(call.body === undefined ? {} : { body: call.body }) };
  try {
    await (method as ClientMethod).call(client, args);
    return { exchanges: capture.exchanges };
  } catch (thrown) {
    return { exchanges: capture.exchanges, thrown };
  }
}
