// Which wire profile a spec's client gets: Stripe's server → stripe, anything else → openapi, and
// the config's "profile" or --profile overrides it; a bad value is a clear error.
import { describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { clientFactory } from "../emit/emit-client.ts";
import type { OperationModel } from "../model/api-model.ts";
import { profileForServer } from "../model/wire-profile.ts";

describe("profileForServer", () => {
  it.each([
    { given: "https://api.stripe.com", want: "stripe" },
    { given: "https://files.stripe.com/v1", want: "stripe" },
    { given: "https://stripe.com", want: "stripe" },
    { given: "https://api.github.com", want: "openapi" },
    { given: "https://stripe.com.evil.example", want: "openapi" },
    { given: "https://notstripe.com", want: "openapi" },
    { given: "/api/v3", want: "openapi" },
    { given: "", want: "openapi" },
  ])("$given → $want", ({ given, want }) => {
    expect(profileForServer(given)).toBe(want);
  });
});

describe("clientFactory: the runtime function a generated client is created with", () => {
  const operation = (profile: string) => ({ spec: { profile } }) as unknown as OperationModel;
  it.each([
    { given: ["stripe", "stripe"], want: "createStripeClient" },
    { given: ["openapi"], want: "createOpenApiClient" },
    { given: ["stripe", "openapi"], want: "createRuntimeClient" },
    { given: [], want: "createRuntimeClient" },
  ])("$given → $want", ({ given, want }) => {
    expect(clientFactory({ operations: given.map(operation) })).toBe(want);
  });
});

const spec = (server: string) =>
  JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "2024-01-01" },
    servers: [{ url: server }],
    paths: { "/things": { get: { operationId: "listThings", responses: { "200": { description: "ok" } } } } },
  });

async function profileOf(args: string[], server: string): Promise<unknown> {
  const folder = tempFolder("profile");
  try {
    const file = folder.write("spec.json", spec(server));
    const out = folder.at("out");
    const result = await runCli(["generate", "--spec", file, "--out", out, "--import-extension", ".ts", ...args]);
    if (result.code !== 0) return result.stderr;
    const { operations } = (await import(`${out}/operations.ts`)) as {
      operations: Record<string, { profile: string }>;
    };
    return operations.listThings?.profile;
  } finally {
    folder.remove();
  }
}

describe("the profile of generated operations", () => {
  it("defaults from the server and follows --profile", async () => {
    expect(await profileOf([], "https://api.stripe.com")).toBe("stripe");
    expect(await profileOf([], "https://api.example.com")).toBe("openapi");
    expect(await profileOf(["--profile", "stripe"], "https://api.example.com")).toBe("stripe");
    expect(await profileOf(["--profile", "openapi"], "https://api.stripe.com")).toBe("openapi");
  });

  it("an unknown --profile is a usage error (exit 2)", async () => {
    const result = await runCli(["generate", "--spec", "x.json", "--out", "o", "--profile", "graphql"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--profile must be stripe or openapi, got "graphql"');
  });

  it("an unknown profile in the config names the file and the pointer", async () => {
    const folder = tempFolder("profile-config");
    try {
      folder.writeAll({
        "spec.json": spec("https://api.example.com"),
        "stripe-events-contract.config.json": { specs: [{ spec: "spec.json", profile: "soap" }], out: "out" },
      });
      const result = await runCli(["generate"], { cwd: folder.path });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        'stripe-events-contract.config.json (at #/specs/0/profile): unknown profile "soap"',
      );
    } finally {
      folder.remove();
    }
  });
});
