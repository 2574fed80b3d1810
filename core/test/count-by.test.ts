// Given items and categories, want each category's count (0 included, unlisted categories ignored).
import { describe, expect, it } from "vitest";
import { countBy } from "../count-by.ts";

describe("countBy", () => {
  it.each<[string, string[], string[], Record<string, number>]>([
    ["each category counted", ["a", "b", "a"], ["a", "b"], { a: 2, b: 1 }],
    ["a category with no items is 0", ["a"], ["a", "b"], { a: 1, b: 0 }],
    ["an item outside the categories is not counted", ["a", "c"], ["a"], { a: 1 }],
    ["a category named like an Object.prototype member", ["constructor"], ["constructor"], { constructor: 1 }],
    ["no items", [], ["a"], { a: 0 }],
  ])("%s", (_name, items, categories, want) => {
    expect(countBy(items, (item) => item, categories)).toEqual(want);
  });
});
