// getEvents query parameters built from the spec's own parameter schemas, encoded by the runtime
// (Stripe's bracket style) and decoded by qs as a server would, come back as the same structure
// with every scalar as a string.
import fc from "fast-check";
import qs from "qs";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeParams } from "../../../runtime/encode-params.ts";
import { translateSchema } from "../../emit/validators/translate-schema.ts";
import { type LoadedSpec, loadProjectSpecs, type Schema } from "./load-spec-schemas.ts";
import { arbitraryFor } from "./schema-arbitrary.ts";

interface RawParameter {
  name: string;
  in: string;
  schema: unknown;
}

/** Strings a query string must escape, plus unicode beyond the BMP. */
const hostileString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom("&", "=", "[", "]", "%", "#", "+", "?", " ", "/", "é", "日", "😀", "a", "0"),
    maxLength: 12,
  }),
);

let events: LoadedSpec;
let parameters: RawParameter[];
beforeAll(async () => {
  events = (await loadProjectSpecs()).get("stripe-events-api")!;
  const paths = events.document.paths as Record<string, { get: { parameters: RawParameter[] } }>;
  parameters = paths["/v1/events"]!.get.parameters.filter((parameter) => parameter.in === "query");
});

/** The spec's schema for a parameter, with free-text strings widened to hostile ones. */
function parameterArbitrary(parameter: RawParameter): fc.Arbitrary<unknown> {
  const schema = translateSchema(parameter.schema, events.dialect) as Schema;
  if (typeof schema === "object" && schema.type === "string" && schema.enum === undefined) return hostileString;
  if (typeof schema === "object" && schema.type === "array") return fc.array(hostileString, { maxLength: 20 });
  return arbitraryFor(schema, events.lookup);
}

function getEventsQuery(): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(parameters.map((parameter) => [parameter.name, parameterArbitrary(parameter)]));
  return fc.record(model, { requiredKeys: [] });
}

/** What survives the wire: scalars as strings; undefined values and empty arrays/objects send nothing. */
function onTheWire(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(onTheWire);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, onTheWire(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return String(value);
}

describe("getEvents query parameters round-trip through encodeParams and qs", () => {
  it("covers the spec's query parameters", () => {
    expect(parameters.map((parameter) => parameter.name).sort()).toEqual([
      "created",
      "delivery_success",
      "ending_before",
      "expand",
      "limit",
      "starting_after",
      "type",
      "types",
    ]);
  });

  it("decodes to the structure that was encoded", () => {
    fc.assert(
      fc.property(getEventsQuery(), (query) => {
        const decoded = qs.parse(encodeParams(query), { depth: 10, arrayLimit: 100 });
        expect(decoded).toEqual(onTheWire(query) ?? {});
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    { given: { created: { gte: 1, lt: 2 }, limit: 3 }, want: { created: { gte: "1", lt: "2" }, limit: "3" } },
    {
      given: { created: 1_700_000_000, delivery_success: false },
      want: { created: "1700000000", delivery_success: "false" },
    },
    {
      given: { types: ["a&b=c", "[x]", "%#"], expand: ["data.object"] },
      want: { types: ["a&b=c", "[x]", "%#"], expand: ["data.object"] },
    },
    { given: { type: "é 😀+", ending_before: "" }, want: { type: "é 😀+", ending_before: "" } },
  ])("$given", ({ given, want }) => {
    expect(qs.parse(encodeParams(given), { depth: 10, arrayLimit: 100 })).toEqual(want);
  });
});
