import { describe, expect, it } from "vitest";
import { createRuntimeClient } from "../index.ts";
import {
  type FixtureOperations,
  jsonResponse,
  operations,
  type SentRequest,
  scriptedFetch,
  testOptions,
} from "./fixtures.ts";

const evt = (id: string) => ({ id, object: "event" as const, type: "charge.succeeded" });
const page = (ids: string[], hasMore: boolean) =>
  jsonResponse(200, { object: "list", url: "/v1/events", has_more: hasMore, data: ids.map(evt) });
const v2Page = (ids: string[], next: string | null) =>
  jsonResponse(200, { data: ids.map(evt), next_page_url: next, previous_page_url: null });

function clientWith(...responses: Response[]) {
  const { fetch, sent } = scriptedFetch(...responses);
  return { client: createRuntimeClient<FixtureOperations>(operations, {}, testOptions(fetch)), sent };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const queryOf = (request: SentRequest | undefined) => [...new URL(request?.url ?? "http://x").searchParams];

describe("v1 pagination", () => {
  it("walks forwards with starting_after = last id while has_more", async () => {
    const { client, sent } = clientWith(
      page(["evt_5", "evt_4"], true),
      page(["evt_3", "evt_2"], true),
      page(["evt_1"], false),
    );
    const ids = (await collect(client.paginate.getEvents({ query: { limit: 2, types: ["a"] } }))).map((e) => e.id);
    expect(ids).toEqual(["evt_5", "evt_4", "evt_3", "evt_2", "evt_1"]);
    expect(sent.map(queryOf)).toEqual([
      [
        ["limit", "2"],
        ["types[0]", "a"],
      ],
      [
        ["limit", "2"],
        ["types[0]", "a"],
        ["starting_after", "evt_4"],
      ],
      [
        ["limit", "2"],
        ["types[0]", "a"],
        ["starting_after", "evt_2"],
      ],
    ]);
  });

  it("walks backwards with ending_before = first id, yielding each page last-to-first", async () => {
    const { client, sent } = clientWith(page(["evt_7", "evt_6"], true), page(["evt_9", "evt_8"], false));
    const ids = (await collect(client.paginate.getEvents({ query: { ending_before: "evt_5" } }))).map((e) => e.id);
    expect(ids).toEqual(["evt_6", "evt_7", "evt_8", "evt_9"]);
    expect(sent.map(queryOf)).toEqual([[["ending_before", "evt_5"]], [["ending_before", "evt_7"]]]);
  });

  it("stops at has_more: false without another request", async () => {
    const { client, sent } = clientWith(page(["evt_1"], false));
    expect(await collect(client.paginate.getEvents())).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it("maxItems caps the total and avoids fetching a page it would not use", async () => {
    const { client, sent } = clientWith(page(["evt_4", "evt_3"], true), page(["evt_2", "evt_1"], true));
    const ids = (await collect(client.paginate.getEvents({ maxItems: 3 }))).map((e) => e.id);
    expect(ids).toEqual(["evt_4", "evt_3", "evt_2"]);
    expect(sent).toHaveLength(2);
  });

  it("maxItems: 2 on a 2-item page with has_more sends a single request", async () => {
    const { client, sent } = clientWith(page(["evt_2", "evt_1"], true));
    expect(await collect(client.paginate.getEvents({ maxItems: 2 }))).toHaveLength(2);
    expect(sent).toHaveLength(1);
  });

  it("fetches lazily: no request until iteration, the next page only once the first is consumed", async () => {
    const { client, sent } = clientWith(page(["evt_2"], true), page(["evt_1"], false));
    const iterator = client.paginate.getEvents()[Symbol.asyncIterator]();
    expect(sent).toHaveLength(0);
    expect((await iterator.next()).value).toMatchObject({ id: "evt_2" });
    expect(sent).toHaveLength(1);
    expect((await iterator.next()).value).toMatchObject({ id: "evt_1" });
    expect(sent).toHaveLength(2);
    expect((await iterator.next()).done).toBe(true);
  });

  it("errors on a page reject the iteration", async () => {
    const { client } = clientWith(
      page(["evt_2"], true),
      jsonResponse(404, { error: { type: "invalid_request_error", message: "gone" } }),
    );
    await expect(collect(client.paginate.getEvents())).rejects.toThrow("gone");
  });

  it("a page without a data array is reported, not silently ended", async () => {
    const { client } = clientWith(jsonResponse(200, { object: "list", has_more: false }));
    await expect(collect(client.paginate.getEvents())).rejects.toThrow(/"data" array/);
  });
});

describe("v2 pagination", () => {
  it("follows next_page_url until null, without re-sending the original query", async () => {
    const { client, sent } = clientWith(
      v2Page(["evt_a", "evt_b"], "/v2/core/events?page=p2"),
      v2Page(["evt_c"], "/v2/core/events?page=p3"),
      v2Page([], null),
    );
    const ids = (await collect(client.paginate.getV2CoreEvents({ query: { object_id: "ed_1", limit: 2 } }))).map(
      (e) => e.id,
    );
    expect(ids).toEqual(["evt_a", "evt_b", "evt_c"]);
    expect(sent.map((r) => r.url)).toEqual([
      "https://api.stripe.com/v2/core/events?object_id=ed_1&limit=2",
      "https://api.stripe.com/v2/core/events?page=p2",
      "https://api.stripe.com/v2/core/events?page=p3",
    ]);
    expect(sent.every((r) => r.headers.get("stripe-version") === "2025-06-30.preview")).toBe(true);
  });

  it("maxItems stops v2 iteration too", async () => {
    const { client, sent } = clientWith(v2Page(["evt_a", "evt_b"], "/v2/core/events?page=p2"));
    expect(await collect(client.paginate.getV2CoreEvents({ maxItems: 1 }))).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });

  it("refuses a next_page_url on another host, which would receive the API key", async () => {
    const { client, sent } = clientWith(v2Page(["evt_a"], "//evil.example/v2/core/events"));
    await expect(collect(client.paginate.getV2CoreEvents())).rejects.toThrow(/refusing next_page_url/);
    expect(sent).toHaveLength(1);
  });
});
