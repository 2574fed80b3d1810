// The query our client sends must decode to the same ordered [key, value] pairs (and the same raw
// string) as the official `stripe` package's for stripe.events.list(params). Both go through nock.
import nock from "nock";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntimeClient } from "../index.ts";
import { type FixtureOperations, operations } from "./fixtures.ts";

type ListParams = NonNullable<NonNullable<FixtureOperations["getEvents"]["request"]["query"]>>;

const cases: { name: string; params: ListParams }[] = [
  { name: "created range", params: { created: { gte: 1700000000, lt: 1700003600 } } },
  { name: "created as a plain integer", params: { created: 1700000000 } },
  { name: "types array", params: { types: ["charge.succeeded", "invoice.paid", "customer.*"] } },
  { name: "expand", params: { expand: ["data.data.object", "data.request"] } },
  { name: "booleans", params: { delivery_success: false, limit: 3 } },
  { name: "cursors and type", params: { starting_after: "evt_1", type: "charge.*", limit: 100 } },
  { name: "odd characters", params: { type: "a b&c=d+e/f?g#h!'()*~[x]%", ending_before: "evt_ é" } },
  { name: "unicode", params: { type: "événement.✓.😀", types: ["日本語", "ß"] } },
  {
    name: "everything together",
    params: {
      created: { gt: 1, lte: 2 },
      delivery_success: true,
      expand: ["data.object"],
      limit: 10,
      types: ["a", "b"],
    },
  },
];

const emptyList = { object: "list", data: [], has_more: false, url: "/v1/events" };

async function captureUrl(send: () => Promise<unknown>): Promise<string> {
  let captured = "";
  nock("https://api.stripe.com")
    .get(/^\/v1\/events/)
    .reply((request: Request) => {
      captured = request.url;
      return [200, emptyList];
    });
  await send();
  return captured;
}

function rawQuery(url: string): string {
  const at = url.indexOf("?");
  return at === -1 ? "" : url.slice(at + 1);
}

describe("query encoding matches the stripe package", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const stripe = new Stripe("sk_test_123", { maxNetworkRetries: 0 });
  const client = createRuntimeClient<FixtureOperations>(
    operations,
    {},
    { apiKey: "sk_test_123", maxNetworkRetries: 0 },
  );

  it.each(cases)("$name", async ({ params }) => {
    const theirs = await captureUrl(() => stripe.events.list(params as Stripe.EventListParams));
    const ours = await captureUrl(() => client.getEvents({ query: params }));
    expect(theirs).not.toBe("");
    expect([...new URLSearchParams(rawQuery(ours))]).toEqual([...new URLSearchParams(rawQuery(theirs))]);
    expect(rawQuery(ours)).toBe(rawQuery(theirs));
  });

  it("sends no query string at all when there are no params, like stripe", async () => {
    const theirs = await captureUrl(() => stripe.events.list());
    const ours = await captureUrl(() => client.getEvents());
    expect(ours).toBe("https://api.stripe.com/v1/events");
    expect(ours).toBe(theirs);
  });
});
