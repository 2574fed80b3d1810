// Values built from a component's schema pass its generated validator, and every single-field
// mutation that breaks the schema fails it, reported at the mutated field's JSON pointer.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { validate } from "../../../generated/validators.ts";
import { breakingMutations } from "./breaking-mutations.ts";
import { type LoadedSpec, loadProjectSpecs } from "./load-spec-schemas.ts";
import { arbitraryFor } from "./schema-arbitrary.ts";

const COMPONENTS = [
  { spec: "stripe-events-api", name: "event" },
  { spec: "stripe-events-api", name: "NotificationEventList" },
  { spec: "stripe-events-api", name: "error" },
  { spec: "stripe-v2-core-events", name: "v2.core.event" },
  { spec: "stripe-v2-core-events", name: "v2.core.event_notification" },
  { spec: "stripe-v2-core-events", name: "v2.core.event_list" },
] as const;

let specs: Map<string, LoadedSpec>;
beforeAll(async () => {
  specs = await loadProjectSpecs();
});

function specOf(name: string): LoadedSpec {
  const spec = specs.get(name);
  if (!spec) throw new Error(`spec ${name} is not in the project config`);
  return spec;
}

describe("values generated from a schema", () => {
  it.each(COMPONENTS)("$name: every generated value is valid", ({ spec, name }) => {
    const { component, lookup } = specOf(spec);
    fc.assert(
      fc.property(arbitraryFor(component(name), lookup), (value) => {
        const result = validate(name, value);
        expect(result.valid ? [] : result.errors).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it.each(COMPONENTS)("$name: every breaking single-field mutation is invalid at its pointer", ({ spec, name }) => {
    const { component, lookup } = specOf(spec);
    let mutationsSeen = 0;
    fc.assert(
      fc.property(arbitraryFor(component(name), lookup), (value) => {
        for (const mutation of breakingMutations(component(name), value, lookup)) {
          mutationsSeen++;
          const result = validate(name, mutation.value);
          expect(result.valid, `${mutation.kind} at ${mutation.pointer}`).toBe(false);
          if (!result.valid)
            expect(
              result.errors.map((error) => error.pointer),
              `${mutation.kind} at ${mutation.pointer}`,
            ).toContain(mutation.pointer);
        }
      }),
      { numRuns: 60 },
    );
    // A builder that produced no mutations would make the property above vacuous.
    expect(mutationsSeen).toBeGreaterThan(60);
  });
});

describe("breakingMutations on a known value", () => {
  it("lists removals, wrong types and wrong enums with their pointers", () => {
    const { component, lookup } = specOf("stripe-events-api");
    const event = {
      id: "evt_1",
      object: "event",
      created: 1,
      livemode: false,
      pending_webhooks: 0,
      type: "charge.succeeded",
      data: { object: {} },
      request: null,
    };
    expect(validate("event", event)).toEqual({ valid: true });
    const kinds = breakingMutations(component("event"), event, lookup).map(
      (mutation) => `${mutation.kind} ${mutation.pointer}`,
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        "remove required /id",
        "wrong type /id",
        "wrong enum /object",
        "wrong type /created",
        "remove required /data",
        "remove required /data/object",
        "wrong type /request",
      ]),
    );
    expect(kinds).not.toContain("remove required /request");
  });
});
