// Whatever JSON arrives (webhooks are attacker-reachable), every generated validator answers
// valid or invalid; it never throws, and a failure always carries well-formed errors.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemaNames, validate as typedValidate } from "../../../generated/validators.ts";
import type { ValidateFn } from "../../../runtime/operation.ts";

/** Names below are plain strings (some unknown on purpose): the run-time check is what is tested. */
const validate: ValidateFn = typedValidate;

/** JSON texts biased towards the keys and shapes of Stripe payloads, and towards prototype keys. */
const KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "object",
  "data",
  "type",
  "id",
  "created",
  "error",
  "has_more",
  "url",
  "livemode",
  "",
];
const jsonText = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .dictionary(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 })
    .map((value) => JSON.stringify(value)),
  fc
    .tuple(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 2 }))
    .map(([key, value]) => `{"${key}": {"${key}": ${JSON.stringify(value)}}}`),
);

describe("generated validators on arbitrary JSON", () => {
  it("has validators to fuzz", () => {
    expect(schemaNames.length).toBeGreaterThanOrEqual(10);
  });

  it.each(schemaNames.map((name) => ({ name })))("$name never throws", ({ name }) => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const result = validate(name, JSON.parse(text));
        if (result.valid) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.pointer === "" || error.pointer.startsWith("/")).toBe(true);
          expect(typeof error.message).toBe("string");
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    { given: "a name that is not a schema", name: "no-such-schema" },
    { given: "a prototype key as the name", name: "__proto__" },
    { given: "an Object method as the name", name: "toString" },
  ])("refuses $given with a TypeError naming it", ({ name }) => {
    expect(() => validate(name, {})).toThrow(
      new TypeError(`Unknown schema name ${JSON.stringify(name)}. Known names: ${schemaNames.join(", ")}`),
    );
  });
});
