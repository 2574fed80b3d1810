// The router: dispatch by type, the answers Stripe sees, duplicate deliveries, and the Fetch API
// and Node http adapters over real requests.
import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startLoopbackServer } from "../../runtime/test/loopback-server.ts";
import { createEventRouter, type SeenEvents } from "../index.ts";
import { OTHER_SECRET, pingNotification, SECRET, signed, T, unlistedNotification, v1Event } from "./deliveries.ts";

const quiet = { now: () => T, onHandlerError: () => {} };

describe("dispatch", () => {
  it("calls the handler of a listed type and answers 200", async () => {
    const ping = vi.fn();
    const router = createEventRouter({ secrets: SECRET, ...quiet }).on("v2.core.event_destination.ping", ping);
    const { raw, header } = signed(pingNotification());
    await expect(router.handle(raw, header)).resolves.toEqual({ status: 200, body: { received: true } });
    expect(ping).toHaveBeenCalledWith(expect.objectContaining({ id: pingNotification().id, knownType: true }), {
      client: undefined,
    });
  });

  it("twin: a wrong secret answers 400 with the reason, and calls nothing", async () => {
    const ping = vi.fn();
    const router = createEventRouter({ secrets: OTHER_SECRET, ...quiet }).on("v2.core.event_destination.ping", ping);
    const { raw, header } = signed(pingNotification());
    const answer = await router.handle(raw, header);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { reason: "no-match" } });
    expect(ping).not.toHaveBeenCalled();
  });

  it("answers 400 with the violations for a signed payload that breaks its schema", async () => {
    const router = createEventRouter({ secrets: SECRET, ...quiet });
    const { raw, header } = signed({ ...pingNotification(), livemode: "yes" });
    const answer = await router.handle(raw, header);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: { reason: "schema-mismatch", violations: [expect.objectContaining({ pointer: "/livemode" })] },
    });
  });

  it("sends unlisted thin types and (with the supplied spec) every v1 event to onUnknown", async () => {
    const unknown = vi.fn();
    const router = createEventRouter({ secrets: SECRET, client: "the client", ...quiet }).onUnknown(unknown);
    for (const body of [unlistedNotification(), v1Event()]) {
      const { raw, header } = signed(body);
      expect((await router.handle(raw, header)).status).toBe(200);
    }
    expect(unknown.mock.calls.map(([payload, context]) => [payload.object, payload.type, context.client])).toEqual([
      ["v2.core.event", "v1.billing.meter.created", "the client"],
      ["event", v1Event().type, "the client"],
    ]);
  });

  it("twin: without onUnknown an unlisted type is acknowledged as not handled", async () => {
    const router = createEventRouter({ secrets: SECRET, ...quiet });
    const { raw, header } = signed(unlistedNotification());
    await expect(router.handle(raw, header)).resolves.toEqual({
      status: 200,
      body: { received: true, handled: false },
    });
  });

  it("answers 500 when a handler throws, reports it, and does not say why to the sender", async () => {
    const onHandlerError = vi.fn();
    const router = createEventRouter({ secrets: SECRET, now: () => T, onHandlerError }).on(
      "v2.core.event_destination.ping",
      () => {
        throw new Error("database down: password=hunter2");
      },
    );
    const { raw, header } = signed(pingNotification());
    const answer = await router.handle(raw, header);
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer.body)).not.toContain("hunter2");
    expect(onHandlerError).toHaveBeenCalledWith(expect.any(Error), {
      id: pingNotification().id,
      type: "v2.core.event_destination.ping",
    });
  });

  it("refuses to register one type twice, and onUnknown twice", () => {
    const router = createEventRouter({ secrets: SECRET }).on("v2.core.event_destination.ping", () => {});
    expect(() => router.on("v2.core.event_destination.ping", () => {})).toThrow(/registered already/);
    router.onUnknown(() => {});
    expect(() => router.onUnknown(() => {})).toThrow(/registered already/);
  });

  it("checks its secrets and tolerance when it is created", () => {
    expect(() => createEventRouter({ secrets: [] })).toThrow(TypeError);
    expect(() => createEventRouter({ secrets: SECRET, toleranceSeconds: 0 })).toThrow(/pass Infinity/);
  });
});

describe("duplicate deliveries", () => {
  it("handles an event once; a repeated delivery is acknowledged as a duplicate", async () => {
    const ping = vi.fn();
    const router = createEventRouter({ secrets: SECRET, ...quiet }).on("v2.core.event_destination.ping", ping);
    const { raw, header } = signed(pingNotification());
    await router.handle(raw, header);
    await expect(router.handle(raw, header)).resolves.toEqual({
      status: 200,
      body: { received: true, duplicate: true },
    });
    expect(ping).toHaveBeenCalledTimes(1);
  });

  it("twin: after a handler failed, Stripe's retry is handled again", async () => {
    const ping = vi.fn().mockRejectedValueOnce(new Error("first attempt fails")).mockResolvedValueOnce(undefined);
    const router = createEventRouter({ secrets: SECRET, ...quiet }).on("v2.core.event_destination.ping", ping);
    const { raw, header } = signed(pingNotification());
    expect((await router.handle(raw, header)).status).toBe(500);
    expect((await router.handle(raw, header)).status).toBe(200);
    expect(ping).toHaveBeenCalledTimes(2);
  });

  it("twin: seen: false handles every delivery", async () => {
    const ping = vi.fn();
    const router = createEventRouter({ secrets: SECRET, seen: false, ...quiet }).on(
      "v2.core.event_destination.ping",
      ping,
    );
    const { raw, header } = signed(pingNotification());
    await router.handle(raw, header);
    await router.handle(raw, header);
    expect(ping).toHaveBeenCalledTimes(2);
  });

  it("asks a store of the user's own (async), as the README shows for a database", async () => {
    const ids = new Set<string>(["evt_already_handled"]);
    const store: SeenEvents = { has: async (id) => ids.has(id), add: async (id) => void ids.add(id) };
    const router = createEventRouter({ secrets: SECRET, seen: store, ...quiet });
    const fresh = signed(pingNotification());
    const old = signed({ ...pingNotification(), id: "evt_already_handled" });
    await expect(router.handle(old.raw, old.header)).resolves.toMatchObject({ body: { duplicate: true } });
    await expect(router.handle(fresh.raw, fresh.header)).resolves.toMatchObject({ body: { received: true } });
    expect(ids.has(pingNotification().id)).toBe(true);
  });
});

describe("handleRequest (Fetch API)", () => {
  const router = createEventRouter({ secrets: SECRET, ...quiet });
  const post = (raw: string, header: string) =>
    new Request("https://example.test/webhooks", {
      method: "POST",
      body: raw,
      headers: { "stripe-signature": header },
    });

  it("answers a signed POST with 200 JSON", async () => {
    const { raw, header } = signed(pingNotification());
    const response = await router.handleRequest(post(raw, header));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    await expect(response.json()).resolves.toEqual({ received: true, handled: false });
  });

  it("twin: a tampered body is 400 no-match", async () => {
    const { raw, header } = signed(pingNotification());
    const response = await router.handleRequest(post(raw.replace("true", "false"), header));
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toMatchObject({ error: { reason: "no-match" } });
  });

  it("answers anything but POST with 405 and Allow: POST", async () => {
    const response = await router.handleRequest(new Request("https://example.test/webhooks"));
    expect([response.status, response.headers.get("allow")]).toEqual([405, "POST"]);
  });
});

describe("handleNodeRequest (Node http)", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  async function serve(handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>) {
    const server = await startLoopbackServer(handler);
    close = server.close;
    return server.url;
  }

  function send(
    url: string,
    body: string,
    header?: string,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (header) headers["stripe-signature"] = header;
      const request = httpRequest(url, { method: "POST", headers }, (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      });
      request.on("error", reject);
      request.end(body);
    });
  }

  it("reads the raw body itself and answers 200", async () => {
    const router = createEventRouter({ secrets: SECRET, ...quiet });
    const url = await serve(router.handleNodeRequest);
    const { raw, header } = signed(pingNotification());
    await expect(send(url, raw, header)).resolves.toEqual({ status: 200, body: { received: true, handled: false } });
  });

  it("twin: a body parsed by a JSON body parser first is 400 not-raw-body", async () => {
    const router = createEventRouter({ secrets: SECRET, ...quiet });
    const url = await serve(async (request, response) => {
      let text = "";
      for await (const chunk of request) text += chunk;
      Object.assign(request, { body: JSON.parse(text) }); // what express.json() does
      await router.handleNodeRequest(request, response);
    });
    const { raw, header } = signed(pingNotification());
    await expect(send(url, raw, header)).resolves.toMatchObject({
      status: 400,
      body: { error: { reason: "not-raw-body" } },
    });
  });

  it("takes the bytes of express.raw() as the raw body", async () => {
    const router = createEventRouter({ secrets: SECRET, ...quiet });
    const url = await serve(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      Object.assign(request, { body: Buffer.concat(chunks) }); // what express.raw() does
      await router.handleNodeRequest(request, response);
    });
    const { raw, header } = signed(pingNotification());
    await expect(send(url, raw, header)).resolves.toMatchObject({ status: 200 });
  });

  it("answers 413 past maxBodyBytes, and 400 missing-header without a signature", async () => {
    const router = createEventRouter({ secrets: SECRET, maxBodyBytes: 100, ...quiet });
    const url = await serve(router.handleNodeRequest);
    const { raw, header } = signed(pingNotification());
    await expect(send(url, raw, header)).resolves.toMatchObject({
      status: 413,
      body: { error: { reason: "too-large" } },
    });
    await expect(send(url, "{}")).resolves.toMatchObject({
      status: 400,
      body: { error: { reason: "missing-header" } },
    });
  });
});
