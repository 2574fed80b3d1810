// Timeouts, resets and cut-short bodies on a real loopback socket, where fetch behaves as it does
// in production. The idle timeout restarts whenever data arrives, as stripe-node's socket timeout
// does; a failure while reading the body is a ConnectionError and is not retried (the server may
// have acted on the request), while a failure before any response is.
import { afterEach, describe, expect, it } from "vitest";
import { ConnectionError, createRuntimeClient, TimeoutError } from "../index.ts";
import { type FixtureOperations, operations } from "./fixtures.ts";
import { type LoopbackServer, startLoopbackServer } from "./loopback-server.ts";

const event = { id: "evt_1", object: "event" };
const EVENT_TEXT = JSON.stringify(event);

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client of the loopback server; waits between retries are skipped. */
function clientOf(url: string, timeoutMs: number, maxNetworkRetries = 2) {
  return createRuntimeClient<FixtureOperations>(
    operations,
    {},
    { baseUrl: url, timeoutMs, maxNetworkRetries, sleep: async () => {} },
  );
}

const call = (client: ReturnType<typeof clientOf>) =>
  client.getEventsId({ path: { id: "evt_1" } }).catch((error: unknown) => error);

describe("before any response", () => {
  it("a response slower than timeoutMs throws TimeoutError", async () => {
    server = await startLoopbackServer((_request, response) => {
      setTimeout(() => response.end(EVENT_TEXT), 500);
    });
    const failure = await call(clientOf(server.url, 50, 0));
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(failure).toBeInstanceOf(ConnectionError);
    expect((failure as Error).message).toContain("no data for 50 ms");
  });

  it("a response within timeoutMs succeeds (negative twin)", async () => {
    server = await startLoopbackServer((_request, response) => {
      setTimeout(() => response.end(EVENT_TEXT), 10);
    });
    await expect(clientOf(server.url, 2000, 0).getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(event);
  });

  it("a timeout is retried like a connection error, then a 200 wins", async () => {
    let calls = 0;
    server = await startLoopbackServer((_request, response) => {
      calls++;
      if (calls === 1) setTimeout(() => response.end(EVENT_TEXT), 500);
      else response.end(JSON.stringify({ ...event, id: "evt_retry" }));
    });
    await expect(clientOf(server.url, 50).getEventsId({ path: { id: "evt_1" } })).resolves.toEqual({
      ...event,
      id: "evt_retry",
    });
    expect(calls).toBe(2);
  });

  it("ECONNRESET from the socket becomes ConnectionError after the retries", async () => {
    let calls = 0;
    server = await startLoopbackServer((request) => {
      calls++;
      request.socket.resetAndDestroy();
    });
    const failure = await call(clientOf(server.url, 2000));
    expect(failure).toBeInstanceOf(ConnectionError);
    expect(failure).not.toBeInstanceOf(TimeoutError);
    expect((failure as Error).message).toContain("ECONNRESET");
    expect(calls).toBe(3);
  });
});

describe("while the body arrives", () => {
  it("a body trickled for longer than timeoutMs, with shorter gaps, succeeds", async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const pieces = EVENT_TEXT.match(/.{1,3}/g) ?? [];
      let next = 0;
      const timer = setInterval(() => {
        if (next < pieces.length) response.write(pieces[next++]);
        else {
          clearInterval(timer);
          response.end();
        }
      }, 40);
    });
    // About ten pieces 40 ms apart: ~400 ms in all, never 200 ms without data.
    await expect(clientOf(server.url, 200, 0).getEventsId({ path: { id: "evt_1" } })).resolves.toEqual(event);
  });

  it("a body that stalls for longer than timeoutMs throws TimeoutError and is not retried (twin)", async () => {
    let calls = 0;
    server = await startLoopbackServer((_request, response) => {
      calls++;
      response.writeHead(200, { "content-type": "application/json" });
      response.write(EVENT_TEXT.slice(0, 5));
      setTimeout(() => response.end(EVENT_TEXT.slice(5)), 1000);
    });
    const failure = await call(clientOf(server.url, 100));
    expect(failure).toBeInstanceOf(TimeoutError);
    expect((failure as Error).message).toContain("Reading the response of");
    expect(calls).toBe(1);
  });

  it.each([
    { name: "a truncated body (Content-Length not reached)", cut: "end" as const },
    { name: "a reset during the body", cut: "reset" as const },
  ])("$name is a ConnectionError and is not retried", async ({ cut }) => {
    let calls = 0;
    server = await startLoopbackServer((request, response) => {
      calls++;
      response.writeHead(200, { "content-type": "application/json", "content-length": String(EVENT_TEXT.length) });
      response.write(EVENT_TEXT.slice(0, 5));
      setTimeout(() => (cut === "end" ? request.socket.end() : request.socket.resetAndDestroy()), 20);
    });
    const failure = await call(clientOf(server.url, 2000));
    expect(failure).toBeInstanceOf(ConnectionError);
    expect(failure).not.toBeInstanceOf(TimeoutError);
    expect(calls).toBe(1);
  });
});
