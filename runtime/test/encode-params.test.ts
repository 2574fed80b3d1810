import { describe, expect, it } from "vitest";
import { encodeComponent, encodeJson, encodeParams } from "../encode-params.ts";

describe("encodeParams (Stripe's bracket rules)", () => {
  it.each([
    { name: "nested range", given: { created: { gte: 1, lt: 2 } }, want: "created[gte]=1&created[lt]=2" },
    {
      name: "indexed arrays",
      given: { types: ["a", "b"], expand: ["data.object"] },
      want: "types[0]=a&types[1]=b&expand[0]=data.object",
    },
    { name: "undefined skipped", given: { a: undefined, b: 1, c: [undefined, "x"] }, want: "b=1&c[1]=x" },
    { name: "booleans", given: { delivery_success: false, t: true }, want: "delivery_success=false&t=true" },
    {
      name: "Date → unix seconds",
      given: { created: { gte: new Date("2024-01-02T03:04:05.678Z") } },
      want: "created[gte]=1704164645",
    },
    { name: "null → empty (clears a field)", given: { description: null }, want: "description=" },
    { name: "reserved characters", given: { q: "a b&c=d+e/f?g#h" }, want: "q=a%20b%26c%3Dd%2Be%2Ff%3Fg%23h" },
    { name: "qs-style extra escapes", given: { q: "!'()*~-_." }, want: "q=%21%27%28%29%2A~-_." },
    { name: "brackets stay literal in keys and values", given: { "k[x]": "[v]" }, want: "k[x]=[v]" },
    { name: "unicode as UTF-8", given: { type: "é✓😀" }, want: "type=%C3%A9%E2%9C%93%F0%9F%98%80" },
    {
      name: "objects inside arrays",
      given: { items: [{ price: "p_1", qty: 2 }] },
      want: "items[0][price]=p_1&items[0][qty]=2",
    },
    { name: "empty object", given: {}, want: "" },
  ])("$name", ({ given, want }) => {
    expect(encodeParams(given)).toBe(want);
  });

  it("returns an empty string for undefined params", () => {
    expect(encodeParams(undefined)).toBe("");
  });

  it("encodeComponent only restores brackets, not other escapes", () => {
    expect(encodeComponent("[a]%")).toBe("[a]%25");
  });
});

describe("encodeJson (v2 bodies)", () => {
  it.each([
    { name: "missing body is {}", given: undefined, want: "{}" },
    { name: "nested values kept", given: { a: [1, { b: true }] }, want: '{"a":[1,{"b":true}]}' },
    { name: "Date → unix seconds string", given: { at: new Date(1_700_000_000_000) }, want: '{"at":"1700000000"}' },
  ])("$name", ({ given, want }) => {
    expect(encodeJson(given)).toBe(want);
  });
});

describe("encodeComponent edge cases", () => {
  it("replaces a lone surrogate instead of throwing", () => {
    expect(encodeParams({ type: "a\ud800b" })).toBe("type=a%EF%BF%BDb");
  });
});
