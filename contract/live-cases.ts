// The live half runs the same cases as the documented cassettes, against Prism or a real server.
// Ids cannot be copied from cassettes (they do not exist in your account), so cases that need an
// existing object take it from an earlier case (`learn`) or are skipped with a stated reason.
import type { ClientCall } from "./call-operation.ts";

export interface LiveContext {
  /** "prism" answers any id; "server" holds real data, so lookups need ids that exist. */
  readonly target: "prism" | "server";
  readonly eventDestinationId: string | undefined;
  readonly learned: Readonly<Record<string, string>>;
}

export interface LiveCase {
  /** Same name as the cassette it mirrors (file name without .json). */
  readonly name: string;
  readonly operationId: string;
  readonly expectedStatus: number;
  /** Send an obviously invalid key (the 401 case). */
  readonly badKey?: boolean;
  /** The call to make, or a string: why the case cannot run against this target. */
  readonly plan: (context: LiveContext) => Omit<ClientCall, "operationId"> | string;
  /** Ids this case's response makes available to later cases. */
  readonly learn?: (body: unknown) => Record<string, string>;
}

/** An id no account has; used where the case exercises a 404. */
export const MISSING_V1_EVENT = "evt_1NoSuchEventContract0";
export const MISSING_DESTINATION = "ed_65NoSuchDestinationContract000000000000000000";
export const MISSING_V2_EVENT = "evt_65NoSuchEventContract0000000000000000000000000";
/** Prism accepts any path id; these just look plausible in its log. */
const PRISM_V1_EVENT = "evt_1NG8Du2eZvKYlo2CUI6cCVhB";
const PRISM_DESTINATION = "ed_test_contract";
const PRISM_V2_EVENT = "evt_65RCjj4EqW1sabcjs2Z16RCMoNQdSQkOWvfL6L5uU2K40u";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

function listIds(body: unknown): string[] {
  const data = typeof body === "object" && body !== null ? (body as { data?: unknown }).data : undefined;
  if (!Array.isArray(data)) return [];
  return data
    .map((item) => (typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === "string");
}

function learnFirstAndLast(prefix: string): (body: unknown) => Record<string, string> {
  return (body) => {
    const ids = listIds(body);
    const first = ids[0];
    const last = ids.at(-1);
    return {
      ...(first === undefined ? {} : { [`${prefix}First`]: first }),
      ...(last === undefined ? {} : { [`${prefix}Last`]: last }),
    };
  };
}

type LiveCall = Omit<ClientCall, "operationId">;

/** A plan that needs an id: the call made with it, or `skipped` (why the case cannot run) when there is none. */
function withId(
  idFor: (context: LiveContext) => string | undefined,
  skipped: string,
  call: (id: string) => LiveCall,
): LiveCase["plan"] {
  return (context) => {
    const id = idFor(context);
    return id === undefined ? skipped : call(id);
  };
}

/** An id an earlier case learned; against Prism, which invents its data, a plausible fixed one. */
const learnedOr =
  (key: string, prismId: string) =>
  ({ target, learned }: LiveContext): string | undefined =>
    learned[key] ?? (target === "prism" ? prismId : undefined);

/** The configured event destination; Prism answers for any. */
const eventDestination = (context: LiveContext): string | undefined =>
  context.target === "prism" ? PRISM_DESTINATION : context.eventDestinationId;

/** A call on one object: its id as the path's `id`. */
const byId = (id: string): LiveCall => ({ path: { id }, query: {} });

export const LIVE_CASES: readonly LiveCase[] = [
  {
    name: "v1-events-list-page-1",
    operationId: "getEvents",
    expectedStatus: 200,
    plan: () => ({ path: {}, query: { limit: 2 } }),
    learn: learnFirstAndLast("v1"),
  },
  {
    name: "v1-events-list-page-2",
    operationId: "getEvents",
    expectedStatus: 200,
    plan: withId(
      learnedOr("v1Last", PRISM_V1_EVENT),
      "page 1 held no events, so there is no cursor for page 2",
      (cursor) => ({
        path: {},
        query: { limit: 2, starting_after: cursor },
      }),
    ),
  },
  {
    name: "v1-events-list-filtered",
    operationId: "getEvents",
    expectedStatus: 200,
    plan: () => {
      const now = Math.floor(Date.now() / 1000);
      return {
        path: {},
        query: {
          types: ["setup_intent.created", "setup_intent.succeeded"],
          created: { gte: now - THIRTY_DAYS, lte: now },
        },
      };
    },
  },
  {
    name: "v1-event-retrieve-200",
    operationId: "getEventsId",
    expectedStatus: 200,
    plan: withId(
      learnedOr("v1First", PRISM_V1_EVENT),
      "the account has no events in the last 30 days to retrieve",
      byId,
    ),
  },
  {
    name: "v1-event-retrieve-404",
    operationId: "getEventsId",
    expectedStatus: 404,
    plan: () => byId(MISSING_V1_EVENT),
  },
  {
    name: "v1-events-list-401",
    operationId: "getEvents",
    expectedStatus: 401,
    badKey: true,
    plan: () => ({ path: {}, query: { limit: 1 } }),
  },
  {
    name: "v2-ping-200",
    operationId: "postV2CoreEventDestinationsIdPing",
    expectedStatus: 200,
    plan: withId(
      eventDestination,
      "ping writes (it sends an event): set CONTRACT_EVENT_DESTINATION_ID to allow it",
      byId,
    ),
  },
  {
    name: "v2-ping-404",
    operationId: "postV2CoreEventDestinationsIdPing",
    expectedStatus: 404,
    plan: withId(
      eventDestination,
      "ping is only called when CONTRACT_EVENT_DESTINATION_ID is set, even for a missing destination",
      () => byId(MISSING_DESTINATION),
    ),
  },
  {
    name: "v2-events-list-200",
    operationId: "getV2CoreEvents",
    expectedStatus: 200,
    plan: withId(eventDestination, "listing v2 events needs an object id: set CONTRACT_EVENT_DESTINATION_ID", (id) => ({
      path: {},
      query: { object_id: id, limit: 10 },
    })),
    learn: learnFirstAndLast("v2"),
  },
  {
    name: "v2-event-retrieve-200",
    operationId: "getV2CoreEventsId",
    expectedStatus: 200,
    plan: withId(
      learnedOr("v2First", PRISM_V2_EVENT),
      "no v2 event was listed for the event destination, so there is none to fetch",
      byId,
    ),
  },
  {
    name: "v2-event-retrieve-404",
    operationId: "getV2CoreEventsId",
    expectedStatus: 404,
    plan: () => byId(MISSING_V2_EVENT),
  },
];

/** Fills a path template with the call's path parameters, as the client should. */
export function expandPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? `{${name}}`));
}
