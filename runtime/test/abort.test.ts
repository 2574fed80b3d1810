// Cancelling: an AbortSignal ends the request in flight and any backoff wait at once, with the
// signal's reason, and nothing is retried after it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { abortableSleep, type Sleep } from "../abortable-sleep.ts";
import { ConnectionError, createRuntimeClient } from "../index.ts";
import { type FixtureOperations, jsonResponse, operations, scriptedFetch, testOptions } from "./fixtures.ts";

const event = { id: "evt_1", object: "event" };
const error = (status: number) => ({ error: { type: "api_error", message: `status ${status}` } });

/**
 * Lets queued work (fetch bodies, promise callbacks) run, up to 50 event-loop turns, until `done`
 * says so. The faked clock does not move meanwhile (vi.waitFor would advance it).
 */
async function settle(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 50 && !done(); turn++) await new Promise((resolve) => setImmediate(resolve));
}

describe("abort and timeout", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("an abort during the backoff wait rejects at once with the abort reason", async () => {
    // Only timers are faked: the 500 ms backoff can end early only through the abort, never by time passing.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const controller = new AbortController();
    const { fetch, sent } = scriptedFetch(jsonResponse(500, error(500)), jsonResponse(200, event));
    const waits: number[] = [];
    const sleep: Sleep = (ms, signal) => {
      waits.push(ms);
      return abortableSleep(ms, signal);
    };
    const client = createRuntimeClient<FixtureOperations>(
      operations,
      {},
      { fetch, sleep, random: () => 1, maxNetworkRetries: 2 },
    );
    let outcome: unknown = "still waiting";
    client.getEventsId({ path: { id: "evt_1" }, signal: controller.signal }).then(
      (value) => (outcome = value),
      (reason: unknown) => (outcome = reason),
    );
    await settle(() => waits.length > 0);
    expect(waits).toEqual([500]);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort(new Error("user gave up"));
    await settle(() => outcome !== "still waiting");
    expect(outcome).toEqual(new Error("user gave up"));
    expect(vi.getTimerCount()).toBe(0); // the backoff timer was cleared, not left to fire
    expect(sent).toHaveLength(1);
  });

  it("without an abort the same wait ends when its 500 ms have passed (twin)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { fetch, sent } = scriptedFetch(jsonResponse(500, error(500)), jsonResponse(200, event));
    const client = createRuntimeClient<FixtureOperations>(operations, {}, { fetch, random: () => 1 });
    let outcome: unknown = "still waiting";
    client.getEventsId({ path: { id: "evt_1" } }).then((value) => (outcome = value));
    await settle(() => vi.getTimerCount() > 0);
    await vi.advanceTimersByTimeAsync(499);
    await settle(() => outcome !== "still waiting");
    expect(outcome).toBe("still waiting");
    await vi.advanceTimersByTimeAsync(1);
    await settle(() => outcome !== "still waiting");
    expect(outcome).toEqual(event);
    expect(sent).toHaveLength(2);
  });

  it("an abort before the call sends nothing", async () => {
    const { fetch, sent } = scriptedFetch((_request, signal) => {
      signal?.throwIfAborted();
      return jsonResponse(200, event);
    });
    const client = createRuntimeClient<FixtureOperations>(operations, {}, { fetch });
    const aborted = AbortSignal.abort(new Error("already"));
    await expect(client.getEventsId({ path: { id: "evt_1" }, signal: aborted })).rejects.toThrow("already");
    expect(sent).toHaveLength(0);
  });

  it("an abort of a request in flight is not retried and not wrapped", async () => {
    const controller = new AbortController();
    const hang = (_request: unknown, signal: AbortSignal | undefined) =>
      new Promise<Response>((_resolve, reject) => signal?.addEventListener("abort", () => reject(signal.reason)));
    const { fetch, sent } = scriptedFetch(hang, hang);
    const client = createRuntimeClient<FixtureOperations>(operations, {}, { ...testOptions(fetch) });
    const call = client.getEventsId({ path: { id: "evt_1" }, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 10);
    const failure = await call.catch((e: unknown) => e);
    expect(failure).toEqual(new Error("stop"));
    expect(failure).not.toBeInstanceOf(ConnectionError);
    expect(sent).toHaveLength(1);
  });
});
