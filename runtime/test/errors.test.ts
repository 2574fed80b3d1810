import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  CardError,
  createRuntimeClient,
  IdempotencyError,
  InvalidRequestError,
  PermissionError,
  RateLimitError,
  StripeError,
} from "../index.ts";
import { type FixtureOperations, jsonResponse, operations, scriptedFetch, testOptions } from "./fixtures.ts";

function clientAnswering(...responses: Response[]) {
  const { fetch, sent } = scriptedFetch(...responses);
  const client = createRuntimeClient<FixtureOperations>(
    operations,
    {},
    { ...testOptions(fetch), maxNetworkRetries: 0 },
  );
  return { client, sent };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

const v1Body = (type: string, code?: string) => ({
  error: { type, code, param: "id", message: `boom ${type}`, doc_url: "https://stripe.com/docs/error-codes/x" },
});

describe("v1 errors are mapped by status like stripe-node", () => {
  it.each([
    { status: 400, type: "invalid_request_error", code: "parameter_missing", want: InvalidRequestError },
    { status: 404, type: "invalid_request_error", code: "resource_missing", want: InvalidRequestError },
    { status: 400, type: "idempotency_error", code: undefined, want: IdempotencyError },
    { status: 404, type: "idempotency_error", code: undefined, want: IdempotencyError },
    { status: 401, type: "invalid_request_error", code: undefined, want: AuthenticationError },
    { status: 402, type: "card_error", code: "card_declined", want: CardError },
    { status: 403, type: "invalid_request_error", code: undefined, want: PermissionError },
    { status: 429, type: "invalid_request_error", code: "lock_timeout", want: RateLimitError },
    { status: 400, type: "invalid_request_error", code: "rate_limit", want: RateLimitError },
    { status: 409, type: "invalid_request_error", code: "lock_timeout", want: ApiError },
    { status: 500, type: "api_error", code: undefined, want: ApiError },
    { status: 418, type: "api_error", code: undefined, want: ApiError },
  ])("$status $type/$code → $want.name", async ({ status, type, code, want }) => {
    const { client } = clientAnswering(jsonResponse(status, v1Body(type, code), { "request-id": "req_abc" }));
    const error = await rejectionOf(client.getEventsId({ path: { id: "evt_1" } }));
    expect(error).toBeInstanceOf(want);
    expect(error).toBeInstanceOf(StripeError);
    expect(error).toMatchObject({
      name: want.name,
      status,
      type,
      code,
      param: "id",
      message: `boom ${type}`,
      docUrl: "https://stripe.com/docs/error-codes/x",
      requestId: "req_abc",
      raw: JSON.parse(JSON.stringify(v1Body(type, code))),
    });
    expect(client.lastResponse).toMatchObject({ status, requestId: "req_abc" });
  });

  it("a 200 is not an error (negative twin)", async () => {
    const { client } = clientAnswering(jsonResponse(200, { id: "evt_1", object: "event" }));
    await expect(client.getEventsId({ path: { id: "evt_1" } })).resolves.toEqual({ id: "evt_1", object: "event" });
  });
});

describe("v2 errors", () => {
  it.each([
    { status: 404, type: "not_found", code: undefined, want: InvalidRequestError },
    { status: 400, type: "idempotency_error", code: undefined, want: IdempotencyError },
    { status: 429, type: "rate_limit", code: undefined, want: RateLimitError },
    { status: 400, type: "invalid_request", code: "invalid_fields", want: InvalidRequestError },
    { status: 401, type: "unauthorized", code: undefined, want: AuthenticationError },
    { status: 409, type: "rate_limit", code: undefined, want: RateLimitError },
    { status: 500, type: "internal", code: undefined, want: ApiError },
  ])("$status $type/$code → $want.name", async ({ status, type, code, want }) => {
    const body = { error: { type, code, message: `v2 ${type}`, user_message: "try again" } };
    const { client } = clientAnswering(jsonResponse(status, body));
    const error = await rejectionOf(client.postV2CoreEventDestinationsIdPing({ path: { id: "ed_1" } }));
    expect(error).toBeInstanceOf(want);
    expect(error).toMatchObject({
      status,
      type,
      code,
      message: `v2 ${type}`,
      requestId: `req_${status}`,
      raw: JSON.parse(JSON.stringify(body)),
    });
  });
});

describe("bodies that are not Stripe errors", () => {
  it("a non-JSON error body gives an ApiError carrying the text", async () => {
    const html = "<html><body>502 Bad Gateway</body></html>";
    const { client } = clientAnswering(new Response(html, { status: 502, headers: { "content-type": "text/html" } }));
    const error = await rejectionOf(client.getEventsId({ path: { id: "evt_1" } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, raw: html, requestId: undefined });
    expect((error as Error).message).toContain("502 Bad Gateway");
  });

  it("JSON without an error envelope gives an ApiError with the parsed body", async () => {
    const { client } = clientAnswering(jsonResponse(503, { message: "maintenance" }));
    const error = await rejectionOf(client.getEventsId({ path: { id: "evt_1" } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, raw: { message: "maintenance" }, type: undefined });
  });

  it("invalid JSON in a 200 gives an ApiError instead of a silent undefined", async () => {
    const { client } = clientAnswering(new Response("{not json", { status: 200 }));
    const error = await rejectionOf(client.getEventsId({ path: { id: "evt_1" } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 200, raw: "{not json" });
  });

  it("an empty 2xx body is an ApiError, as stripe-node reads every body as JSON", async () => {
    const { client } = clientAnswering(new Response(null, { status: 204 }));
    const error = await rejectionOf(client.getEventsId({ path: { id: "evt_1" } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 204, message: "getEventsId: an empty 204 response" });
  });

  it("an error envelope in a 200 is that error, as stripe-node does", async () => {
    const { client } = clientAnswering(jsonResponse(200, v1Body("api_error")));
    const error = await rejectionOf(client.getEventsId({ path: { id: "evt_1" } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 200, type: "api_error", message: "boom api_error" });
  });
});
