// The openapi-profile client generated from fixtures/openapi/petstore-fixture.yml (a non-Stripe
// API), and a fetch that keeps every request as a real Request, so tests read bodies back with the
// platform's own parsers (formData(), text(), arrayBuffer()).
import { createClient } from "./fixtures/openapi/generated/client.ts";

export type { Client as PetstoreClient } from "./fixtures/openapi/generated/client.ts";
export { createClient as createPetstoreClient };

export interface Capture {
  readonly fetch: typeof fetch;
  readonly requests: Request[];
}

type Answer = Response | Error;

/** Answers with `answers` in order (an Error is thrown as fetch's own failure); running out fails the test. */
export function capturingFetch(...answers: Answer[]): Capture {
  const requests: Request[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request);
    const answer = answers.shift();
    if (answer === undefined)
      throw new Error(`unexpected request #${requests.length}: ${request.method} ${request.url}`);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch: fetchFn as typeof fetch, requests };
}

export function json(status: number, body: unknown, contentType = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": contentType } });
}

export const pet = { id: 7, name: "Rex", tag: "dog" };

/** A client of the capture: no real waits, recorded backoffs. */
export function petstore(capture: Capture, sleeps: number[] = []) {
  return createClient({
    fetch: capture.fetch,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
}

/** Request headers as a plain record, for whole-object comparisons. */
export function headersOf(request: Request | undefined): Record<string, string> {
  return Object.fromEntries(request?.headers ?? []);
}
