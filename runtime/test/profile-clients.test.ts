// A client is created with the wire profiles it may use: the generated clients name only their own,
// so a bundle carries one profile; an operation of a profile the client lacks is refused up front.
import { describe, expect, it } from "vitest";
import { bundle } from "../../bench/bench-bundle-size.ts";
import { TOOLS } from "../../bench/workspace.ts";
import { createOpenApiClient, createRuntimeClient, createStripeClient } from "../index.ts";
import { operations as openapiOperations } from "./fixtures/openapi/generated/operations.ts";
import { operations as stripeOperations } from "./fixtures/stripe/generated/operations.ts";
import { jsonResponse, scriptedFetch } from "./fixtures.ts";

const mixed = { ...stripeOperations, ...openapiOperations };

describe("creating a client with its wire profiles", () => {
  it.each([
    { factory: "createStripeClient", create: createStripeClient, accepted: stripeOperations, refused: "openapi" },
    { factory: "createOpenApiClient", create: createOpenApiClient, accepted: openapiOperations, refused: "stripe" },
  ])("$factory binds its own profile's operations and refuses the other's", ({ create, accepted, refused }) => {
    expect(Object.keys(create(accepted as never)).length).toBe(Object.keys(accepted).length);
    expect(() => create(mixed as never)).toThrow(
      new RegExp(`uses the ${refused} wire profile, which this client was not created with`),
    );
  });

  it("createRuntimeClient binds operations of both profiles", () => {
    expect(Object.keys(createRuntimeClient(mixed as never)).sort()).toEqual(Object.keys(mixed).sort());
  });

  it("rawRequest goes through the client's own profile", async () => {
    const { fetch, sent } = scriptedFetch(jsonResponse(200, { ok: true }));
    const client = createStripeClient(stripeOperations as never, {}, { fetch, apiKey: "sk_test_x" }) as unknown as {
      rawRequest(options: object): Promise<unknown>;
    };
    await expect(client.rawRequest({ method: "GET", path: "/v1/balance" })).resolves.toEqual({ ok: true });
    expect(sent[0]?.headers.get("stripe-version")).toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

/** The runtime's source files that end up in a minified bundle of `import { <name> } from runtime`. */
async function bundledSources(name: string): Promise<string[]> {
  const { inputs } = await bundle(TOOLS.runtimeIndex, name);
  return inputs.map((path) => path.replace(/^.*runtime\//, ""));
}

describe("what a bundle of one factory carries", () => {
  it.each([
    { name: "createStripeClient", has: "stripe-profile.ts", lacks: "openapi-profile.ts" },
    { name: "createOpenApiClient", has: "openapi-profile.ts", lacks: "stripe-profile.ts" },
  ])("$name: $has, not $lacks", async ({ name, has, lacks }) => {
    const sources = await bundledSources(name);
    expect(sources).toContain(has);
    expect(sources).not.toContain(lacks);
  });

  it("createRuntimeClient: both profiles", async () => {
    const sources = await bundledSources("createRuntimeClient");
    expect(sources).toEqual(expect.arrayContaining(["stripe-profile.ts", "openapi-profile.ts"]));
  });
});
