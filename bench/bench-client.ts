// Issue 6 §4: getEvents through our generated client vs openapi-fetch's GET("/v1/events"), both
// with the same stubbed fetch returning a fixed list page, so only client overhead is measured.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import qs from "qs";
import { interleave, pairedRatio, type RunPlan, stats } from "./measure.ts";
import { type Row, rate, ratio, verdict } from "./report.ts";
import { sampleEvents } from "./sample-events.ts";
import { REPO } from "./workspace.ts";

const CLIENT_TARGET = 1.0;
const SAMPLE_MS = 500;
const API_KEY = "sk_test_bench";
const STRIPE_VERSION = "2023-10-16";

/** A range, `types` and `expand`: the query shapes that exercise Stripe's bracket encoding. */
export const QUERY = {
  created: { gte: 1686000000, lte: 1687000000 },
  types: ["setup_intent.created", "charge.succeeded"],
  expand: ["data.data.object"],
  limit: 3,
};

const PAGE = JSON.stringify({ object: "list", url: "/v1/events", has_more: false, data: sampleEvents(3) });

/** One stub for both clients; records the last URL so we can prove both sent the same query. */
function stubFetch(): { fetch: typeof fetch; lastUrl: () => string } {
  let last = "";
  const fetchStub = async (input: RequestInfo | URL): Promise<Response> => {
    last = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    return new Response(PAGE, {
      status: 200,
      headers: { "content-type": "application/json", "request-id": "req_bench" },
    });
  };
  return { fetch: fetchStub as typeof fetch, lastUrl: () => last };
}

type Call = () => Promise<unknown>;

async function opsPerSecond(call: Call): Promise<number> {
  let ops = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < SAMPLE_MS) {
    await call();
    ops++;
    elapsed = performance.now() - started;
  }
  return ops / (elapsed / 1000);
}

async function ourCall(): Promise<{ call: Call; lastUrl: () => string }> {
  const { createClient } = (await import(pathToFileURL(join(REPO, "generated", "client.ts")).href)) as {
    createClient: (options: { apiKey: string; fetch: typeof fetch; stripeVersion: string }) => {
      getEvents: (request: { query: typeof QUERY }) => Promise<unknown>;
    };
  };
  const stub = stubFetch();
  const client = createClient({ apiKey: API_KEY, fetch: stub.fetch, stripeVersion: STRIPE_VERSION });
  return { call: () => client.getEvents({ query: QUERY }), lastUrl: stub.lastUrl };
}

async function peerCall(): Promise<{ call: Call; lastUrl: () => string }> {
  const { default: createClient } = await import("openapi-fetch");
  const stub = stubFetch();
  // Stripe's encoding (created[gte]=…&types[0]=…) is qs with indices and literal brackets; the same
  // headers as ours (auth + version) so both build equivalent requests.
  const client = createClient({
    baseUrl: "https://api.stripe.com",
    fetch: stub.fetch,
    headers: { Authorization: `Bearer ${API_KEY}`, "Stripe-Version": STRIPE_VERSION },
    querySerializer: (query: Record<string, unknown>) =>
      qs.stringify(query, { arrayFormat: "indices", encodeValuesOnly: true }),
  });
  const get = client.GET as unknown as (
    path: string,
    init: { params: { query: typeof QUERY } },
  ) => Promise<{ data?: unknown; error?: unknown }>;
  return {
    call: async () => {
      const { data, error } = await get("/v1/events", { params: { query: QUERY } });
      if (error !== undefined) throw new Error("openapi-fetch returned an error");
      return data;
    },
    lastUrl: stub.lastUrl,
  };
}

export async function benchClient(plan: RunPlan, notes: string[]): Promise<Row[]> {
  const ours = await ourCall();
  const peer = await peerCall();
  await ours.call();
  await peer.call();
  const same = ours.lastUrl() === peer.lastUrl();
  notes.push(
    `Client: both clients sent ${same ? "the same URL" : "DIFFERENT URLs"}: ours \`${ours.lastUrl()}\`${same ? "" : `, openapi-fetch \`${peer.lastUrl()}\``}. openapi-fetch used \`querySerializer: q => qs.stringify(q, { arrayFormat: "indices", encodeValuesOnly: true })\` (Stripe's bracket encoding) and the same Authorization/Stripe-Version headers; the stubbed fetch returns a fixed 3-event list page.`,
  );
  console.error("  client: getEvents ops/s");
  const result = await interleave(
    { runs: plan.runs, warmup: Math.max(plan.warmup, 2) },
    () => opsPerSecond(ours.call),
    () => opsPerSecond(peer.call),
  );
  const o = stats(result.a);
  const p = stats(result.b);
  const value = pairedRatio(o.samples, p.samples);
  return [
    {
      section: "Client",
      name: '`getEvents({ query: { created: {gte,lte}, types, expand, limit } })` vs openapi-fetch `GET("/v1/events")`, same stubbed fetch, ops/s ratio',
      ours: rate(o, "ops/s"),
      peer: rate(p, "ops/s"),
      ratio: ratio(value),
      target: `≥ ${CLIENT_TARGET.toFixed(1)}×`,
      verdict: verdict(value >= CLIENT_TARGET),
    },
  ];
}
