// The openapi profile reads responses by their Content-Type (JSON, text, binary), turns failed
// statuses into ApiError with the parsed body, and retries only what is safe to repeat.
import { describe, expect, it } from "vitest";
import { ApiError, ConnectionError, ContractError, createRuntimeClient } from "../index.ts";
import type { Operations } from "./fixtures/openapi/generated/client.ts";
import { operations } from "./fixtures/openapi/generated/operations.ts";
import { validate } from "./fixtures/openapi/generated/validators.ts";
import { capturingFetch, json, pet, petstore } from "./openapi-fixture.ts";

const reset = () =>
  new TypeError("fetch failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) });
const headers = { "X-Trace-Id": "t" };

describe("responses by content type", () => {
  it("text/csv is a string, exactly as sent", async () => {
    const csv = 'id,name\n7,Rex\n8,"Max, Jr."\n';
    const capture = capturingFetch(new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8" } }));
    const text: string = await petstore(capture).exportPets({ query: { since: "2024-01-01" } });
    expect(text).toBe(csv);
    expect(capture.requests[0]?.url).toBe("https://pets.example.test/v1/reports/pets.csv?since=2024-01-01");
    expect(capture.requests[0]?.headers.get("accept")).toBe("text/csv");
  });

  it("image/png is a Blob with its bytes and type", async () => {
    const png = new Uint8Array([137, 80, 78, 71, 13, 10]);
    const capture = capturingFetch(new Response(png, { headers: { "content-type": "image/png" } }));
    const blob: Blob = await petstore(capture).getAvatar({ path: { petId: 7 } });
    expect(blob.type).toBe("image/png");
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([...png]);
  });

  it("JSON by its content type, +json included", async () => {
    const capture = capturingFetch(json(200, pet, "application/vnd.pets+json; charset=utf-8"));
    await expect(petstore(capture).getPet({ path: { petId: 7 }, headers })).resolves.toEqual(pet);
  });

  it("a 404 problem+json is an ApiError carrying the status and the parsed body", async () => {
    const problem = { type: "about:blank", title: "Not Found", status: 404 };
    const capture = capturingFetch(json(404, problem, "application/problem+json"));
    const failure = await petstore(capture)
      .getPet({ path: { petId: 9 }, headers })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 404, raw: problem, type: undefined });
    expect((failure as Error).message).toBe(`getPet: HTTP 404: ${JSON.stringify(problem)}`);
  });

  it("invalid JSON under a JSON content type is an ApiError; the same text as text/plain is the result (twin)", async () => {
    const bad = capturingFetch(new Response("{nope", { headers: { "content-type": "application/json" } }));
    await expect(petstore(bad).createNote({ body: "x" })).rejects.toMatchObject({
      name: "ApiError",
      message: "createNote: invalid JSON in a 200 response: {nope",
    });
    const text = capturingFetch(new Response("{nope", { headers: { "content-type": "text/plain" } }));
    await expect(petstore(text).createNote({ body: "x" })).resolves.toBe("{nope");
  });

  it("withResponse gives the status, headers and X-Request-Id of this call", async () => {
    const capture = capturingFetch(
      new Response(JSON.stringify(pet), { headers: { "content-type": "application/json", "x-request-id": "r-1" } }),
    );
    const { data, response } = await petstore(capture).withResponse.getPet({ path: { petId: 7 }, headers });
    expect(data).toEqual(pet);
    expect([response.status, response.requestId]).toEqual([200, "r-1"]);
  });

  it("validateResponses checks JSON bodies against their schema", async () => {
    const capture = capturingFetch(json(200, { name: "Rex" }));
    const client = createRuntimeClient<Operations>(
      operations,
      { validate },
      { fetch: capture.fetch, validateResponses: true },
    );
    const failure = await client.getPet({ path: { petId: 7 }, headers }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ContractError);
    expect((failure as ContractError).errors[0]).toMatchObject({ pointer: "/id", keyword: "required" });
  });
});

describe("retries: only what is safe to repeat", () => {
  it("a GET is retried on 503 and on a reset, with Stripe's backoff", async () => {
    const sleeps: number[] = [];
    const capture = capturingFetch(json(503, {}), reset(), json(200, pet));
    await expect(petstore(capture, sleeps).getPet({ path: { petId: 7 }, headers })).resolves.toEqual(pet);
    expect([capture.requests.length, sleeps]).toEqual([3, [500, 500]]);
  });

  it("a PUT and a DELETE are idempotent, so retried too", async () => {
    const capture = capturingFetch(json(502, {}), json(200, pet), json(504, {}), new Response(null, { status: 204 }));
    const client = petstore(capture);
    await client.replacePet({ path: { petId: 7 }, body: { name: "Rex" } });
    await client.deletePet({ path: { petId: 7 } });
    expect(capture.requests.map((request) => request.method)).toEqual(["PUT", "PUT", "DELETE", "DELETE"]);
  });

  it("a 409 or 501 is not retried, even on a GET", async () => {
    const capture = capturingFetch(json(409, {}));
    await expect(petstore(capture).getPet({ path: { petId: 7 }, headers })).rejects.toMatchObject({ status: 409 });
    expect(capture.requests).toHaveLength(1);
  });

  it("a POST without an Idempotency-Key is never retried, not even after a closed connection", async () => {
    const capture = capturingFetch(json(503, {}));
    await expect(petstore(capture).createPet({ body: { name: "Rex" } })).rejects.toMatchObject({ status: 503 });
    const closed = capturingFetch(reset());
    await expect(petstore(closed).createPet({ body: { name: "Rex" } })).rejects.toBeInstanceOf(ConnectionError);
    expect([capture.requests.length, closed.requests.length]).toEqual([1, 1]);
  });

  it("…but a POST with the caller's idempotencyKey is, under the same key (twin)", async () => {
    const capture = capturingFetch(json(503, {}), json(201, pet));
    await petstore(capture).createPet({ body: { name: "Rex" }, idempotencyKey: "k-1" });
    expect(capture.requests.map((request) => request.headers.get("idempotency-key"))).toEqual(["k-1", "k-1"]);
  });
});

describe("Stripe-only options", () => {
  it("stripeAccount on an openapi call, or stripeVersion on an openapi client, is a TypeError", async () => {
    const capture = capturingFetch();
    const call = { path: { petId: 7 }, headers, stripeAccount: "acct_1" } as Parameters<
      ReturnType<typeof petstore>["getPet"]
    >[0];
    await expect(petstore(capture).getPet(call)).rejects.toThrow(/belong to the stripe profile/);
    expect(() => createRuntimeClient<Operations>(operations, {}, { stripeVersion: "2024-06-20" })).toThrow(
      /stripeVersion applies to Stripe's API only/,
    );
    expect(capture.requests).toHaveLength(0);
  });
});

describe("rawRequest on an openapi client", () => {
  it("query in form style, plain data as JSON, a Blob as it is; no Stripe headers", async () => {
    const capture = capturingFetch(json(200, [pet]), json(201, pet), new Response(null, { status: 204 }));
    const client = petstore(capture);
    await expect(
      client.rawRequest({ method: "GET", path: "/pets", query: { limit: 2, tag: ["a", "b"] } }),
    ).resolves.toEqual([pet]);
    await client.rawRequest({ method: "POST", path: "/pets", body: { name: "Rex" } });
    await client.rawRequest({ method: "PUT", path: "/pets/7/avatar", body: new Blob(["x"], { type: "image/gif" }) });
    const [list, create, upload] = capture.requests;
    expect(list?.url).toBe("https://pets.example.test/v1/pets?limit=2&tag=a&tag=b");
    expect([create?.headers.get("content-type"), await create?.text()]).toEqual(["application/json", '{"name":"Rex"}']);
    expect([upload?.headers.get("content-type"), await upload?.text()]).toEqual(["image/gif", "x"]);
    expect(capture.requests.some((request) => request.headers.has("stripe-version"))).toBe(false);
    expect(capture.requests.some((request) => request.headers.has("idempotency-key"))).toBe(false);
  });
});
