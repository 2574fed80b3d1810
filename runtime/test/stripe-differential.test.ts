// Parity by differential testing: one loopback server, scripted with faults, serves the official
// `stripe` package and our generated client in turn. For each scenario the two request sequences
// must agree (count, method, path, query, body, Idempotency-Keys) and so must the outcomes (result
// or error class). Waits between attempts must lie within stripe-node's jitter bounds: measured on
// the socket for stripe-node (the gap from the end of one attempt to the arrival of the next; real
// sleeps, so bounds with slack above, never exact times), and as requested from the injected sleep
// for ours. README "Parity with stripe-node" lists the remaining, deliberate differences.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  backoffBounds,
  type Call,
  type Driver,
  ourDriver,
  type Settings,
  stripeNodeDriver,
} from "./differential-drivers.ts";
import { type Attempt, OK_EVENT, type ScriptedServer, type Step, startScriptedServer } from "./scripted-server.ts";

/** Scheduling slack above a measured wait on a shared 2-core machine; below, none (timers never fire early). */
const LATE_SLACK_MS = 400;

const ok: Step = { kind: "answer", status: 200, body: OK_EVENT };
const v2Event = { id: "evt_v2", object: "v2.core.event", type: "v2.core.event_destination.ping" };
const fail = (status: number, headers?: Record<string, string>): Step => ({
  kind: "answer",
  status,
  body: { error: { type: status === 429 ? "invalid_request_error" : "api_error", message: `status ${status}` } },
  headers,
});

interface Scenario {
  name: string;
  call: Call;
  steps: Step[];
  settings?: Partial<Settings>;
  /** Calls made before the scenario's own, e.g. to leave a kept-alive socket behind. */
  warmUp?: Call;
  want: { attempts: number; outcome: string };
}

const SCENARIOS: Scenario[] = [
  { name: "500 then 200", call: "retrieve", steps: [fail(500), ok], want: { attempts: 2, outcome: "result" } },
  {
    name: "409 then 200 on a v2 POST (one Idempotency-Key)",
    call: "ping",
    steps: [fail(409), { kind: "answer", status: 200, body: v2Event }],
    want: { attempts: 2, outcome: "result" },
  },
  {
    name: "429 without Stripe-Should-Retry",
    call: "retrieve",
    steps: [fail(429)],
    want: { attempts: 1, outcome: "RateLimitError" },
  },
  {
    name: "429 with Stripe-Should-Retry: true",
    call: "retrieve",
    steps: [fail(429, { "stripe-should-retry": "true" }), ok],
    want: { attempts: 2, outcome: "result" },
  },
  {
    name: "500 with Stripe-Should-Retry: false",
    call: "retrieve",
    steps: [fail(500, { "stripe-should-retry": "false" })],
    want: { attempts: 1, outcome: "ApiError" },
  },
  {
    name: "200 with Stripe-Should-Retry: true",
    call: "retrieve",
    steps: [{ ...ok, headers: { "stripe-should-retry": "true" } } as Step, ok],
    want: { attempts: 2, outcome: "result" },
  },
  {
    name: "four retries (500, 502, 503, 500) then 200",
    call: "list",
    steps: [
      fail(500),
      fail(502),
      fail(503),
      fail(500),
      { kind: "answer", status: 200, body: { object: "list", data: [], has_more: false, url: "/v1/events" } },
    ],
    settings: { maxNetworkRetries: 4 },
    want: { attempts: 5, outcome: "result" },
  },
  {
    name: "a reset before the response, on a v1 POST",
    call: "rawPost",
    steps: [{ kind: "reset-before" }, ok],
    want: { attempts: 2, outcome: "result" },
  },
  {
    name: "a reset during the body",
    call: "retrieve",
    steps: [{ kind: "reset-during" }],
    want: { attempts: 1, outcome: "ConnectionError" },
  },
  {
    name: "a closed keep-alive socket, with maxNetworkRetries: 0",
    call: "rawPost",
    warmUp: "retrieve",
    steps: [ok, { kind: "close-before" }, ok],
    settings: { maxNetworkRetries: 0 },
    want: { attempts: 3, outcome: "result" },
  },
  {
    name: "a body trickled for 3× the timeout, never idle that long",
    call: "retrieve",
    steps: [{ kind: "trickle", pieces: 12, gapMs: 75 }],
    settings: { timeoutMs: 300 },
    want: { attempts: 1, outcome: "result" },
  },
  {
    name: "a truncated 200 body",
    call: "retrieve",
    steps: [{ kind: "truncate" }],
    want: { attempts: 1, outcome: "ConnectionError" },
  },
  {
    name: "no response within the timeout, then 200",
    call: "retrieve",
    steps: [{ kind: "stall", ms: 2000, body: OK_EVENT }, ok],
    settings: { timeoutMs: 300 },
    want: { attempts: 2, outcome: "result" },
  },
];

interface Observed {
  attempts: Attempt[];
  outcome: Awaited<ReturnType<Driver["run"]>>;
  requestedWaits: number[] | undefined;
}

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

async function observe(scenario: Scenario, makeDriver: typeof ourDriver): Promise<Observed> {
  const settings = { maxNetworkRetries: 2, timeoutMs: 5000, ...scenario.settings };
  server.script(scenario.steps);
  const driver = makeDriver(server, settings);
  if (scenario.warmUp !== undefined) await driver.run(scenario.warmUp);
  const outcome = await driver.run(scenario.call);
  return { attempts: [...server.attempts], outcome, requestedWaits: driver.requestedWaits };
}

function parsedBody({ contentType, body }: Attempt): unknown {
  if (contentType?.startsWith("application/json") && body !== "") return JSON.parse(body);
  return [...new URLSearchParams(body)];
}

/** What must be equal between the two clients: each attempt, and one Idempotency-Key across a call's retries. */
function wireShape(attempts: readonly Attempt[]) {
  return {
    requests: attempts.map((attempt) => ({
      authorization: attempt.headers.authorization,
      // Both send a Content-Type with a body; stripe-node also on GETs, which have none (README).
      contentType: attempt.method === "POST" ? attempt.contentType : "(no body)",
      method: attempt.method,
      path: attempt.path,
      query: attempt.query,
      body: parsedBody(attempt),
      hasIdempotencyKey: attempt.idempotencyKey !== undefined,
    })),
    distinctIdempotencyKeys: new Set(attempts.flatMap((attempt) => attempt.idempotencyKey ?? [])).size,
  };
}

function measuredGaps(attempts: readonly Attempt[]): number[] {
  return attempts.slice(1).map((attempt, i) => attempt.arrivedAt - (attempts[i] as Attempt).finishedAt);
}

function outcomeKind(outcome: Observed["outcome"]): string {
  return "error" in outcome ? outcome.error : "result";
}

describe("stripe-node and our client against one scripted server", () => {
  it.each(SCENARIOS)("$name", async (scenario) => {
    const theirs = await observe(scenario, stripeNodeDriver);
    const ours = await observe(scenario, ourDriver);
    expect(theirs.attempts).toHaveLength(scenario.want.attempts);
    expect(outcomeKind(theirs.outcome)).toBe(scenario.want.outcome);
    expect(wireShape(ours.attempts)).toEqual(wireShape(theirs.attempts));
    expect(ours.outcome).toEqual(theirs.outcome);
    // The retries of the scenario's own call; a warm-up call is the first attempt and never retried.
    const first = scenario.warmUp === undefined ? 0 : 1;
    const theirGaps = measuredGaps(theirs.attempts.slice(first));
    const ourWaits = ours.requestedWaits ?? [];
    expect(ourWaits).toHaveLength(theirGaps.length);
    theirGaps.forEach((gap, retriesDone) => {
      const [low, high] = backoffBounds(retriesDone);
      expect(gap, `stripe-node's wait before retry ${retriesDone + 1}`).toBeGreaterThanOrEqual(low - 5);
      expect(gap, `stripe-node's wait before retry ${retriesDone + 1}`).toBeLessThanOrEqual(high + LATE_SLACK_MS);
      expect(ourWaits[retriesDone], `our wait before retry ${retriesDone + 1}`).toBeGreaterThanOrEqual(low);
      expect(ourWaits[retriesDone], `our wait before retry ${retriesDone + 1}`).toBeLessThanOrEqual(high);
    });
  });
});

/** README "Parity with stripe-node": the differences we keep on purpose, pinned so the list stays true. */
describe("deliberate differences", () => {
  it.each([
    {
      name: "a 404 whose JSON has no error envelope: stripe-node resolves with it, we throw ApiError",
      call: "retrieve" as Call,
      steps: [{ kind: "answer", status: 404, body: { message: "not here" } } as Step],
      theirs: { result: { message: "not here" } },
      ours: { error: "ApiError" },
    },
    {
      name: "a v2 error type with its own stripe-node class: we map it by status (its `type` is kept)",
      call: "ping" as Call,
      steps: [{ kind: "answer", status: 400, body: { error: { type: "not_cancelable", message: "no" } } } as Step],
      theirs: { error: "NotCancelableError" },
      ours: { error: "InvalidRequestError" },
    },
  ])("$name", async ({ call, steps, theirs, ours }) => {
    const scenario = { name: "", call, steps, settings: { maxNetworkRetries: 0 }, want: { attempts: 1, outcome: "" } };
    expect((await observe(scenario, stripeNodeDriver)).outcome).toEqual(theirs);
    expect((await observe(scenario, ourDriver)).outcome).toEqual(ours);
  });
});
