// The one $ref follower: given a document and a starting value, want where the chain ends.
import { describe, expect, it } from "vitest";
import { derefValue, followRefs, lookupRef, refPointer } from "../model/refs.ts";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

// JSON.parse, like the loader, makes "__proto__" an own property instead of setting the prototype.
const document = JSON.parse(
  JSON.stringify({
    components: {
      schemas: {
        alias: ref("middle"),
        middle: ref("target"),
        target: { type: "string" },
        loop_a: ref("loop_b"),
        loop_b: ref("loop_a"),
        self: ref("self"),
        spelled_a: ref("spelled_b"),
        spelled_b: { $ref: "#/components/schemas/spelled%5Fa" },
        "with space": { type: "integer" },
        "%E0%A4%A": { type: "boolean" },
        elsewhere: { $ref: "other.yml#/components/schemas/x" },
      },
    },
    paths: { "/v1/events": { get: { operationId: "list" } } },
    own: { constructor: { type: "null" } },
  }).replace('"own":{', '"own":{"__proto__":{"type":"array"},'),
);

const at = (value: unknown) => ({ pointer: "/start", value });
const REF = "#/components/schemas/";
const AT = "/components/schemas/";
/** The RefChain wanted: where it ends, what is there, why it stopped, and the refs followed. */
const ends = (pointer: string, value: unknown, end: string, ...refs: string[]) => ({ pointer, value, refs, end });

describe("followRefs: where a chain of local $refs ends", () => {
  it.each([
    [
      "a chain of two refs",
      ref("alias"),
      ends(`${AT}target`, { type: "string" }, "target", `${REF}alias`, `${REF}middle`, `${REF}target`),
    ],
    ["no $ref (the chain's twin)", { type: "integer" }, ends("/start", { type: "integer" }, "target")],
    ["a missing target", ref("nowhere"), ends(`${AT}nowhere`, undefined, "missing", `${REF}nowhere`)],
    [
      "a ref into another document",
      ref("elsewhere"),
      ends(`${AT}elsewhere`, { $ref: "other.yml#/components/schemas/x" }, "external", `${REF}elsewhere`),
    ],
  ])("%s", (_given, start, want) => {
    expect(followRefs(document, at(start))).toEqual(want);
  });

  it.each([
    ["of two", ref("loop_a"), ends(`${AT}loop_b`, ref("loop_a"), "cycle", `${REF}loop_a`, `${REF}loop_b`)],
    ["of one (a schema that is its own $ref)", ref("self"), ends(`${AT}self`, ref("self"), "cycle", `${REF}self`)],
    [
      "whose refs spell one pointer two ways (%5F is _)",
      ref("spelled_a"),
      ends(`${AT}spelled_b`, { $ref: `${REF}spelled%5Fa` }, "cycle", `${REF}spelled_a`, `${REF}spelled_b`),
    ],
  ])("stops at a cycle %s", (_given, start, want) => {
    expect(followRefs(document, at(start))).toEqual(want);
  });

  it.each([
    [`${REF}with%20space`, `${AT}with space`, { type: "integer" }],
    [`${REF}%E0%A4%A`, `${AT}%E0%A4%A`, { type: "boolean" }],
    ["#/paths/~1v1~1events/get", "/paths/~1v1~1events/get", { operationId: "list" }],
  ])("decodes the tokens of %s: %s", (given, pointer, value) => {
    expect(followRefs(document, at({ $ref: given }))).toEqual(ends(pointer, value, "target", given));
  });

  it.each([
    ["#/paths/constructor", undefined, "missing"],
    ["#/own/constructor", { type: "null" }, "target"],
    ["#/paths/__proto__", undefined, "missing"],
    ["#/own/__proto__", { type: "array" }, "target"],
  ])("reads %s only as an own property: %j (%s)", (given, value, end) => {
    expect(followRefs(document, at({ $ref: given }))).toEqual(ends(given.slice(1), value, end, given));
  });
});

describe("the shorthands built on it", () => {
  it.each([
    { given: "a chain", value: ref("alias"), want: { type: "string" } },
    { given: "no $ref", value: { type: "number" }, want: { type: "number" } },
    { given: "a missing target", value: ref("nowhere"), want: undefined },
    { given: "a cycle: the $ref that closes it", value: ref("loop_a"), want: ref("loop_a") },
  ])("derefValue: $given", ({ value, want }) => {
    expect(derefValue(document, value)).toEqual(want);
  });

  it.each([
    { given: "one step only, not the chain", ref: "#/components/schemas/alias", want: ref("middle") },
    { given: "the document root", ref: "#", want: document },
    { given: "a missing target", ref: "#/components/schemas/nowhere", want: undefined },
    { given: "an inherited name", ref: "#/components/toString", want: undefined },
  ])("lookupRef: $given", ({ ref: given, want }) => {
    expect(lookupRef(document, given)).toEqual(want);
  });

  it.each([
    { ref: "#/a%20b/c~1d", want: "/a b/c~1d" },
    { ref: "#/a~0b", want: "/a~0b" },
    { ref: "#", want: "" },
  ])("refPointer($ref) = $want", ({ ref: given, want }) => {
    expect(refPointer(given)).toBe(want);
  });
});
