// The README's "Receiving events" examples are real code: the Fetch API and Node handlers fit in
// 15 lines, every marked example type-checks against this checkout, and the Fetch handler runs.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { repoPath } from "../../test-support/repo.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { typeCheck } from "../../test-support/typecheck.ts";
import { signPayload } from "../index.ts";
import { unlistedNotification } from "./deliveries.ts";

const README = readFileSync(repoPath("README.md"), "utf8");
const work = tempFolder("readme-examples", { insideRepo: true });
afterAll(() => work.remove());

/** The ```ts block after `<!-- example: name -->`. */
function example(name: string): string {
  const match = new RegExp(`<!-- example: ${name} -->\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\`\\n`).exec(README);
  if (!match) throw new Error(`README.md has no example "${name}"`);
  return match[1]!;
}

/** The example as a file of this checkout: package specifiers become paths to the sources. */
function writeExample(name: string): string {
  const from = work.at("examples");
  const path = (file: string) => JSON.stringify(relative(from, repoPath(file)));
  const source = example(name)
    .replaceAll('"stripe-events-contract/webhooks"', path("webhooks/index.ts"))
    .replaceAll('"stripe-events-contract/client"', path("generated/client.ts"));
  return work.write(`examples/${name}.ts`, source);
}

describe("README: Receiving events", () => {
  it.each(["fetch-handler", "node-handler"])("the %s example has at most 15 lines", (name) => {
    const lines = example(name).trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.length).toBeLessThanOrEqual(15);
  });

  it("every marked example type-checks", async () => {
    for (const name of ["fetch-handler", "node-handler", "handler-test"]) writeExample(name);
    expect(await typeCheck(work.path, ["examples"])).toBe("");
  }, 120_000);

  it("the Fetch API handler answers a signed delivery 200, and a forged one 400", async () => {
    vi.stubEnv("STRIPE_WEBHOOK_SECRET", "whsec_test_readme");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const { POST } = (await import(pathToFileURL(writeExample("fetch-handler")).href)) as {
        POST: (request: Request) => Promise<Response>;
      };
      const body = JSON.stringify(unlistedNotification());
      const post = (secret: string) =>
        POST(
          new Request("http://localhost/api/stripe", {
            method: "POST",
            body,
            headers: { "stripe-signature": signPayload({ payload: body, secret }) },
          }),
        );
      expect((await post("whsec_test_readme")).status).toBe(200);
      expect(log).toHaveBeenCalledWith("not listed in the spec:", "v1.billing.meter.created");
      expect((await post("whsec_test_forged")).status).toBe(400);
    } finally {
      log.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
