// Given a live target and what earlier cases learned, want each live case's call or the reason it is
// skipped: ids come from earlier cases or the configured destination, never from cassettes.
import { describe, expect, it } from "vitest";
import { LIVE_CASES, type LiveContext } from "../live-cases.ts";

const plan = (name: string, context: LiveContext) => LIVE_CASES.find((entry) => entry.name === name)!.plan(context);
const SERVER: LiveContext = { target: "server", eventDestinationId: undefined, learned: {} };
const LEARNED: LiveContext = {
  target: "server",
  eventDestinationId: "ed_1",
  learned: { v1First: "evt_first", v1Last: "evt_last", v2First: "evt_v2" },
};

describe("live case plans", () => {
  it.each<[string, LiveContext, unknown]>([
    ["v1-event-retrieve-200", LEARNED, { path: { id: "evt_first" }, query: {} }],
    ["v1-event-retrieve-200", SERVER, "the account has no events in the last 30 days to retrieve"],
    ["v1-events-list-page-2", LEARNED, { path: {}, query: { limit: 2, starting_after: "evt_last" } }],
    ["v1-events-list-page-2", SERVER, "page 1 held no events, so there is no cursor for page 2"],
    ["v2-ping-200", LEARNED, { path: { id: "ed_1" }, query: {} }],
    ["v2-ping-404", LEARNED, { path: { id: "ed_65NoSuchDestinationContract000000000000000000" }, query: {} }],
    ["v2-ping-404", SERVER, expect.stringContaining("CONTRACT_EVENT_DESTINATION_ID is set")],
    ["v2-events-list-200", LEARNED, { path: {}, query: { object_id: "ed_1", limit: 10 } }],
    ["v2-event-retrieve-200", LEARNED, { path: { id: "evt_v2" }, query: {} }],
    [
      "v2-event-retrieve-200",
      { ...SERVER, target: "prism" },
      { path: { id: expect.stringMatching(/^evt_/) }, query: {} },
    ],
  ])("%s", (name, context, want) => {
    expect(plan(name, context)).toEqual(want);
  });
});
