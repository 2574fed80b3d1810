import { describe, expect, it } from "vitest";
import { createCapturingFetch } from "../capture-fetch.ts";

describe("createCapturingFetch", () => {
  it("records request and response without consuming the body the caller reads", async () => {
    const inner = async (request: Request): Promise<Response> =>
      new Response(JSON.stringify({ seen: request.headers.get("prefer") }), {
        status: 201,
        headers: { "Request-Id": "req_1" },
      });
    const capture = createCapturingFetch(inner as typeof fetch, { prefer: "code=201" });
    const response = await capture.fetch("http://example.invalid/v1/x?a=1", {
      method: "POST",
      body: "k=v",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(await response.json()).toEqual({ seen: "code=201" });
    const [exchange] = capture.exchanges;
    expect(exchange?.request.method).toBe("POST");
    expect(exchange?.request.url.search).toBe("?a=1");
    expect(exchange?.request.body).toBe("k=v");
    expect(exchange?.request.headers.prefer).toBe("code=201");
    expect(exchange?.response).toEqual({
      status: 201,
      headers: { "request-id": "req_1", "content-type": "text/plain;charset=UTF-8" },
      text: '{"seen":"code=201"}',
    });
  });

  it("records a transport failure and rethrows it", async () => {
    const failing = async (): Promise<Response> => {
      throw new TypeError("fetch failed", { cause: new Error("ECONNREFUSED") });
    };
    const capture = createCapturingFetch(failing as typeof fetch);
    await expect(capture.fetch("http://127.0.0.1:9/")).rejects.toThrow("fetch failed");
    expect(capture.exchanges[0]?.transportError).toBe("Error: ECONNREFUSED");
  });
});
