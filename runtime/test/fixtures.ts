// Hand-written OperationDescriptors shaped like the generator's output, and a scripted fetch that
// records what the runtime sends. Response validation uses the real generated validators, whose
// names (event, error, NotificationEventList, v2.*) these descriptors share.
import type { OperationDescriptor } from "../operation.ts";

const query = (name: string, style = "form") => ({ name, in: "query", required: false, style, explode: true }) as const;

export const operations = {
  getEvents: {
    operationId: "getEvents",
    method: "GET",
    path: "/v1/events",
    serverUrl: "https://api.stripe.com/",
    apiVersion: "2023-10-16",
    parameters: [
      query("created", "deepObject"),
      query("delivery_success"),
      query("ending_before"),
      query("expand", "deepObject"),
      query("limit"),
      query("starting_after"),
      query("type"),
      query("types", "deepObject"),
    ],
    requestBody: { encoding: "form", required: false },
    responses: { "200": "NotificationEventList", default: "error" },
    pagination: "v1-list",
  },
  getEventsId: {
    operationId: "getEventsId",
    method: "GET",
    path: "/v1/events/{id}",
    serverUrl: "https://api.stripe.com/",
    apiVersion: "2023-10-16",
    parameters: [
      query("expand", "deepObject"),
      { name: "id", in: "path", required: true, style: "simple", explode: false },
    ],
    requestBody: { encoding: "form", required: false },
    responses: { "200": "event", default: "error" },
  },
  /** Not in the Events spec: a v1 write, to exercise form bodies and idempotent retries. */
  postTestObjects: {
    operationId: "postTestObjects",
    method: "POST",
    path: "/v1/test_objects",
    serverUrl: "https://api.stripe.com",
    apiVersion: "2023-10-16",
    parameters: [],
    requestBody: { encoding: "form", required: false },
    responses: { "200": "event", "4XX": "error", default: null },
  },
  /** Not in the Events spec: a 200 documented without a body, next to a `default` error schema. */
  deleteTestObjectsId: {
    operationId: "deleteTestObjectsId",
    method: "DELETE",
    path: "/v1/test_objects/{id}",
    serverUrl: "https://api.stripe.com",
    apiVersion: "2023-10-16",
    parameters: [{ name: "id", in: "path", required: true, style: "simple", explode: false }],
    responses: { "200": null, default: "error" },
  },
  postV2CoreEventDestinationsIdPing: {
    operationId: "postV2CoreEventDestinationsIdPing",
    method: "POST",
    path: "/v2/core/event_destinations/{id}/ping",
    serverUrl: "https://api.stripe.com",
    apiVersion: "2025-06-30.preview",
    parameters: [{ name: "id", in: "path", required: true, style: "simple", explode: false }],
    requestBody: { encoding: "json", required: false },
    responses: { "200": "v2.core.event", "404": "v2.error" },
  },
  getV2CoreEvents: {
    operationId: "getV2CoreEvents",
    method: "GET",
    path: "/v2/core/events",
    serverUrl: "https://api.stripe.com",
    apiVersion: "2025-06-30.preview",
    parameters: [query("limit"), query("object_id"), query("page")],
    responses: { "200": "v2.core.event_list", default: "v2.error" },
    pagination: "v2-list",
  },
} as const satisfies Record<string, OperationDescriptor>;

export interface TestEvent {
  id: string;
  object: "event";
  type: string;
}
export interface EventList {
  object: "list";
  data: TestEvent[];
  has_more: boolean;
  url: string;
}
interface Common {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  idempotencyKey?: string;
}
export interface FixtureOperations {
  getEvents: {
    request: Common & {
      query?: {
        created?: number | { gt?: number; gte?: number; lt?: number; lte?: number };
        delivery_success?: boolean;
        ending_before?: string;
        expand?: string[];
        limit?: number;
        starting_after?: string;
        type?: string;
        types?: string[];
      };
    };
    response: EventList;
    item: TestEvent;
  };
  getEventsId: {
    request: Common & { path: { id: string }; query?: { expand?: string[] } };
    response: TestEvent;
    item: never;
  };
  postTestObjects: { request: Common & { body?: Record<string, unknown> }; response: TestEvent; item: never };
  deleteTestObjectsId: { request: Common & { path: { id: string } }; response: unknown; item: never };
  postV2CoreEventDestinationsIdPing: { request: Common & { path: { id: string } }; response: TestEvent; item: never };
  getV2CoreEvents: {
    request: Common & { query?: { limit?: number; object_id?: string; page?: string } };
    response: { data: TestEvent[]; next_page_url: string | null; previous_page_url: string | null };
    item: TestEvent;
  };
}

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
