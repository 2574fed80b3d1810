import { describe, expect, it } from "vitest";
import { isPlainObject } from "../plain-object.ts";

describe("isPlainObject", () => {
  it.each([
    { given: "an empty object", value: {}, want: true },
    { given: "an object from JSON.parse", value: JSON.parse('{"a":1}'), want: true },
    { given: "an object without a prototype", value: Object.create(null), want: true },
    { given: "null", value: null, want: false },
    { given: "an array", value: [], want: false },
    { given: "a string", value: "{}", want: false },
    { given: "a number", value: 1, want: false },
    { given: "a boolean schema", value: true, want: false },
    { given: "undefined", value: undefined, want: false },
  ])("$given: $want", ({ value, want }) => {
    expect(isPlainObject(value)).toBe(want);
  });
});
