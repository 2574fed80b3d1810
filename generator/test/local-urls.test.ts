// A local $ref joined to its base as a string must name what ajv's own resolveUrl names, or a
// stub registered under one URL would never be found under the other and entries would be compiled
// twice (or keyed wrongly). So every case is checked against ajv, and the cases ajv rewrites too.

import Ajv2020Module from "ajv/dist/2020.js";
import { resolveUrl } from "ajv/dist/compile/resolve.js";
import { describe, expect, it } from "vitest";
import { localUrlResolver } from "../emit/validators/local-urls.ts";

const { uriResolver } = new Ajv2020Module.default().opts;
const BASES = [
  "https://stripe-events-contract.invalid/schemas/stripe-events-api",
  "https://stripe-events-contract.invalid/schemas/a%20b",
  "HTTPS://Example.COM/a/../b",
  "urn:example:events",
  "https://example.com/x#frag",
];
const REFS = [
  "#/components/schemas/issuing.authorization",
  "#/components/schemas/a~1b/properties/c~0d",
  "#/$defs/list_events_200",
  "#/components/schemas/a/./b/../c",
  "#/a/",
  "#/components/schemas/a%7Eb",
  "#/components/schemas/a%2fb",
  "#/components/schemas/%C3%A9t%C3%A9",
  "#/",
  "#",
  "other.json#/a",
  "#anchor",
];

describe("localUrlResolver", () => {
  const resolve = localUrlResolver(uriResolver);
  it.each(BASES.flatMap((base) => REFS.map((ref) => ({ base, ref }))))(
    "$base + $ref as ajv resolves it",
    ({ base, ref }) => {
      expect(resolve(base, ref)).toBe(resolveUrl(uriResolver, base, ref));
    },
  );

  it("joins a plain fragment without asking the resolver, after one probe per base", () => {
    const calls: string[] = [];
    const counting = {
      ...uriResolver,
      resolve: (base: string, ref: string) => {
        calls.push(ref);
        return uriResolver.resolve(base, ref);
      },
    };
    const counted = localUrlResolver(counting);
    expect(counted(BASES[0]!, "#/components/schemas/a")).toBe(`${BASES[0]}#/components/schemas/a`);
    expect(counted(BASES[0]!, "#/components/schemas/b")).toBe(`${BASES[0]}#/components/schemas/b`);
    expect(calls).toEqual(["#/probe"]);
    counted(BASES[0]!, "#/components/schemas/%C3%A9");
    expect(calls).toEqual(["#/probe", "#/components/schemas/%C3%A9"]);
  });
});
