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

describe("followRefs: where a chain of local $refs ends", () => {
  it.each([
    {
      given: "a chain of two refs to a schema",
      start: ref("alias"),
      want: {
        pointer: "/components/schemas/target",
        value: { type: "string" },
        refs: ["#/components/schemas/alias", "#/components/schemas/middle", "#/components/schemas/target"],
        end: "target",
      },
    },
    {
      given: "a value that is no $ref (the chain's negative twin)",
      start: { type: "integer" },
      want: { pointer: "/start", value: { type: "integer" }, refs: [], end: "target" },
    },
    {
      given: "a cycle of two",
      start: ref("loop_a"),
      want: {
        pointer: "/components/schemas/loop_b",
        value: ref("loop_a"),
        refs: ["#/components/schemas/loop_a", "#/components/schemas/loop_b"],
        end: "cycle",
      },
    },
    {
      given: "a schema that refers to itself",
      start: ref("self"),
      want: {
        pointer: "/components/schemas/self",
        value: ref("self"),
        refs: ["#/components/schemas/self"],
        end: "cycle",
      },
    },
    {
      given: "a cycle whose refs spell the same pointer differently (%5F is _)",
      start: ref("spelled_a"),
      want: {
        pointer: "/components/schemas/spelled_b",
        value: { $ref: "#/components/schemas/spelled%5Fa" },
        refs: ["#/components/schemas/spelled_a", "#/components/schemas/spelled_b"],
        end: "cycle",
      },
    },
    {
      given: "a ref to a missing target",
      start: ref("nowhere"),
      want: {
        pointer: "/components/schemas/nowhere",
        value: undefined,
        refs: ["#/components/schemas/nowhere"],
        end: "missing",
      },
    },
    {
      given: "a percent-encoded token",
      start: { $ref: "#/components/schemas/with%20space" },
      want: {
        pointer: "/components/schemas/with space",
        value: { type: "integer" },
        refs: ["#/components/schemas/with%20space"],
        end: "target",
      },
    },
    {
      given: "a malformed %-escape, kept as written",
      start: { $ref: "#/components/schemas/%E0%A4%A" },
      want: {
        pointer: "/components/schemas/%E0%A4%A",
        value: { type: "boolean" },
        refs: ["#/components/schemas/%E0%A4%A"],
        end: "target",
      },
    },
    {
      given: "a ~1 token (a path with slashes)",
      start: { $ref: "#/paths/~1v1~1events/get" },
      want: {
        pointer: "/paths/~1v1~1events/get",
        value: { operationId: "list" },
        refs: ["#/paths/~1v1~1events/get"],
        end: "target",
      },
    },
    {
      given: "a token named constructor that is not defined: Object.prototype is not read",
      start: { $ref: "#/paths/constructor" },
      want: { pointer: "/paths/constructor", value: undefined, refs: ["#/paths/constructor"], end: "missing" },
    },
    {
      given: "a token named constructor that is an own property",
      start: { $ref: "#/own/constructor" },
      want: { pointer: "/own/constructor", value: { type: "null" }, refs: ["#/own/constructor"], end: "target" },
    },
    {
      given: "a token named __proto__ that is not defined",
      start: { $ref: "#/paths/__proto__" },
      want: { pointer: "/paths/__proto__", value: undefined, refs: ["#/paths/__proto__"], end: "missing" },
    },
    {
      given: "a token named __proto__ that is an own property",
      start: { $ref: "#/own/__proto__" },
      want: { pointer: "/own/__proto__", value: { type: "array" }, refs: ["#/own/__proto__"], end: "target" },
    },
    {
      given: "a ref into another document, not followed",
      start: ref("elsewhere"),
      want: {
        pointer: "/components/schemas/elsewhere",
        value: { $ref: "other.yml#/components/schemas/x" },
        refs: ["#/components/schemas/elsewhere"],
        end: "external",
      },
    },
  ])("$given", ({ start, want }) => {
    expect(followRefs(document, at(start))).toEqual(want);
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
