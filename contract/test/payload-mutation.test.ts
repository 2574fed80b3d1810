import { describe, expect, it } from "vitest";
import { addAt, applyMutation, type PayloadMutation, removeAt, setAt } from "../payload-mutation.ts";

const base = () => ({ id: "evt_1", data: { object: { amount: 5 }, items: ["a", "b", "c"] }, "a/b": 1 });

describe("applyMutation", () => {
  it.each<{ given: string; mutation: PayloadMutation; want: unknown }>([
    {
      given: "replace a nested value",
      mutation: setAt("/data/object/amount", "5"),
      want: { id: "evt_1", data: { object: { amount: "5" }, items: ["a", "b", "c"] }, "a/b": 1 },
    },
    {
      given: "remove a property",
      mutation: removeAt("/id"),
      want: { data: { object: { amount: 5 }, items: ["a", "b", "c"] }, "a/b": 1 },
    },
    {
      given: "remove an array element (spliced, no hole)",
      mutation: removeAt("/data/items/1"),
      want: { id: "evt_1", data: { object: { amount: 5 }, items: ["a", "c"] }, "a/b": 1 },
    },
    {
      given: "add a member",
      mutation: addAt("/data/object/currency", "usd"),
      want: { id: "evt_1", data: { object: { amount: 5, currency: "usd" }, items: ["a", "b", "c"] }, "a/b": 1 },
    },
    {
      given: "an escaped token",
      mutation: setAt("/a~1b", 2),
      want: { id: "evt_1", data: { object: { amount: 5 }, items: ["a", "b", "c"] }, "a/b": 2 },
    },
  ])("$given", ({ mutation, want }) => {
    const document = base();
    expect(applyMutation(document, mutation)).toEqual(want);
    expect(document).toEqual(base()); // the original is left alone
  });

  it.each([
    {
      given: "replacing a member that is not there",
      mutation: setAt("/data/nope", 1),
      want: /\/data\/nope does not exist/,
    },
    { given: "removing a member that is not there", mutation: removeAt("/nope"), want: /\/nope does not exist/ },
    { given: "adding a member that is there", mutation: addAt("/id", "evt_2"), want: /\/id already exists/ },
    { given: "a parent that is not an object", mutation: setAt("/id/x", 1), want: /parent is not an object/ },
    { given: "the root", mutation: setAt("", 1), want: /non-root pointer/ },
  ])("refuses $given", ({ mutation, want }) => {
    expect(() => applyMutation(base(), mutation)).toThrow(want);
  });

  it("adds a __proto__ member as data, never as the prototype", () => {
    const mutated = applyMutation(base(), addAt("/__proto__", { polluted: true })) as Record<string, unknown>;
    expect(Object.hasOwn(mutated, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(mutated)).toBe(Object.prototype);
    expect(mutated.polluted).toBeUndefined();
  });
});
