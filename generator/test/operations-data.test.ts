// operations.ts carries the runtime data of every operation as JSON inside String.raw`…`. Text
// from the spec must survive that round trip exactly, whatever characters it holds.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runCliSync } from "../../test-support/cli.ts";
import { tempTree } from "../../test-support/temp-folder.ts";

const AWKWARD = '/a`b/${c}/\\d/"e"/\u2028/é/{id}';

describe("operations.ts data", () => {
  it("keeps backticks, ${, backslashes, quotes and unicode in paths and ids", async () => {
    const root = tempTree({
      "spec.json": JSON.stringify({
        openapi: "3.0.3",
        info: { title: "t", version: "2024-01-01`${x}" },
        paths: {
          [AWKWARD]: {
            get: {
              operationId: "get`${it}`",
              parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
              responses: { "200": { description: "ok" } },
            },
          },
        },
      }),
    });
    const result = runCliSync([
      "generate",
      "--spec",
      join(root, "spec.json"),
      "--out",
      join(root, "out"),
      "--import-extension",
      ".ts",
      // The stripe profile carries info.version (as Stripe-Version), so it must survive too.
      "--profile",
      "stripe",
    ]);
    expect(result.stderr).toBe("");
    const { operations } = (await import(pathToFileURL(join(root, "out", "operations.ts")).href)) as {
      operations: Record<string, { path: string; operationId: string; apiVersion: string }>;
    };
    const [entry] = Object.values(operations);
    expect(entry).toMatchObject({ path: AWKWARD, operationId: "get`${it}`", apiVersion: "2024-01-01`${x}" });
  });
});
