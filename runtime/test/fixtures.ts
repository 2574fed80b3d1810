// The runtime tests' Stripe-profile client is generated from a small spec
// (fixtures/stripe/stripe-fixture-v1.yml and -v2.yml) like any user's, so the tests exercise real generated
// operation data, types and validators; a test keeps it current (fixtures.test.ts). Below: a
// scripted fetch that records what the runtime sends.
import { type ClientOptions, createRuntimeClient } from "../index.ts";
import type { Operations as FixtureOperations } from "./fixtures/stripe/generated/client.ts";
import { operations } from "./fixtures/stripe/generated/operations.ts";
import { validate } from "./fixtures/stripe/generated/validators.ts";

export { type FixtureOperations, operations, validate };

// ---- scripted fetch ----

export interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}
type Step =
  | Response
  | Error
  | ((request: SentRequest, signal: AbortSignal | undefined) => Response | Promise<Response>);

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "request-id": `req_${status}`, ...headers },
  });
}

/** A fetch that answers with `steps` in order and records every request; running out of steps fails the test. */
export function scriptedFetch(...steps: Step[]): { fetch: typeof fetch; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request: SentRequest = {
      url: String(input),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? init.body : undefined,
    };
    sent.push(request);
    const step = steps.shift();
    if (step === undefined) throw new Error(`unexpected request #${sent.length}: ${request.method} ${request.url}`);
    if (step instanceof Error) throw step;
    return typeof step === "function" ? step(request, init?.signal ?? undefined) : step;
  };
  return { fetch: fetchFn as typeof fetch, sent };
}

/** What undici throws for a reset socket: TypeError("fetch failed") caused by an ECONNRESET error. */
export function connectionReset(): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) });
}

/** Options for fast, deterministic clients: no real waits, fixed jitter, predictable keys. */
export function testOptions(fetchFn: typeof fetch, sleeps: number[] = []) {
  let keys = 0;
  return {
    apiKey: "sk_test_123",
    fetch: fetchFn,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    newIdempotencyKey: () => `key_${++keys}`,
  };
}

/** The fixture client over its generated validate(), answering with `steps`; `sleeps` records the backoffs. */
export function fixtureClient(options: ClientOptions, ...steps: Step[]) {
  const { fetch, sent } = scriptedFetch(...steps);
  const sleeps: number[] = [];
  const client = createRuntimeClient<FixtureOperations>(
    operations,
    { validate },
    { ...testOptions(fetch, sleeps), ...options },
  );
  return { client, sent, sleeps };
}
