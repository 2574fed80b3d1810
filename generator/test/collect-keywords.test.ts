// collectKeywords (resolve/ref-policy.ts): every string-valued keyword of a set, anywhere in a
// document, with the object that holds it and that object's path (made when read).
import { describe, expect, it } from "vitest";
import { collectKeywords } from "../resolve/ref-policy.ts";

const KEYS = new Set(["$ref", "$id"]);

describe("collectKeywords", () => {
  it.each([
    { given: "a scalar document", document: "text", want: [] },
    { given: "null", document: null, want: [] },
    { given: "a $ref at the root", document: { $ref: "#/a" }, want: [["$ref", "#/a", ""]] },
    {
      given: "keywords in nested objects and arrays",
      document: { a: { b: [{ $ref: "#/x" }, 7, "s", null, { c: { $id: "urn:y" } }] } },
      want: [
        ["$id", "urn:y", "/a/b/4/c"],
        ["$ref", "#/x", "/a/b/0"],
      ],
    },
    {
      given: "a keyword's name as a value, a non-string keyword, and keys outside the set",
      document: { name: "$ref", $ref: 5, $anchor: "x", nested: { $id: { not: "a string" } } },
      want: [],
    },
    {
      given: "keys that need escaping in the path",
      document: { "a/b": { "c~d": { $ref: "#/z" } } },
      want: [["$ref", "#/z", "/a~1b/c~0d"]],
    },
  ])("$given", ({ document, want }) => {
    const found = collectKeywords(document, KEYS).map((use) => [
      use.key,
      use.value,
      use.path.map((token) => `/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`).join(""),
    ]);
    expect(found.sort()).toEqual([...want].sort());
  });

  it("gives each keyword the object that holds it, and the same path on every read", () => {
    const holder = { $ref: "#/components/schemas/b" };
    const document = { components: { schemas: { a: { items: holder } } } };
    const [use] = collectKeywords(document, KEYS);
    expect(use?.holder).toBe(holder);
    expect(use?.path).toEqual(["components", "schemas", "a", "items"]);
    expect(use?.path).toBe(use?.path);
  });
});
