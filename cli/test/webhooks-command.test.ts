// `webhooks listen` and `webhooks send` against each other, as child processes on loopback: send
// delivers signed cassettes, listen verifies, validates, prints a line each and records cassettes.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCassette } from "../../contract/cassette.ts";
import { findSecrets } from "../../contract/secrets.ts";
import { CASSETTE_SECRET, signedText } from "../../contract/webhook-cassette.ts";
import { NODE, runCli } from "../../test-support/cli.ts";
import { REPO_ROOT, repoPath } from "../../test-support/repo.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { verifySignature } from "../../webhooks/verify-signature.ts";

const SECRET = `whsec_test_${randomUUID().replaceAll("-", "")}`;
const PING = repoPath("contract-tests/recordings/v2-thin-event-notification.json");
const V1_EVENT = repoPath("contract-tests/recordings/v1-event-retrieve-200.json");
const records = tempFolder("webhooks-listen");

let listener: ChildProcessWithoutNullStreams;
let url = "";
let output = "";

beforeAll(async () => {
  listener = spawn(
    NODE,
    [repoPath("cli/main.ts"), "webhooks", "listen", "--port", "0", "--secret", SECRET, "--record", records.path],
    {
      cwd: REPO_ROOT,
    },
  );
  listener.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  listener.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const address = await new Promise<string>((resolveAddress, reject) => {
    const seen = () => {
      const found = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (found) resolveAddress(found);
    };
    listener.stdout.on("data", seen);
    listener.once("exit", (code) => reject(new Error(`listen exited with ${code}: ${output}`)));
  });
  url = `${address}/webhooks`;
}, 60_000);

afterAll(() => {
  if (listener.exitCode === null) listener.kill("SIGKILL");
  records.remove();
});

describe("webhooks send → webhooks listen", () => {
  it("delivers a signed thin notification (from a webhook cassette), answered 200", async () => {
    const sent = await runCli(["webhooks", "send", PING, "--url", url, "--secret", SECRET]);
    expect(sent.stderr).toBe("");
    expect(sent.stdout).toMatch(
      /^✔ 200 evt_65RCjj4EqW1sabcjs2Z16RCMoNQdSQkOWvfL6L5uU2K40u v2\.core\.event_destination\.ping: \{"received":true/,
    );
    expect(sent.code).toBe(0);
  });

  it("delivers the v1 event of an HTTP cassette, answered 200", async () => {
    const sent = await runCli(["webhooks", "send", V1_EVENT, "--url", url, "--secret", SECRET]);
    expect([sent.code, sent.stdout.slice(0, 7)]).toEqual([0, "✔ 200 e"]);
  });

  it("twin: signed with another secret, it is answered 400 no-match and send exits 1", async () => {
    const sent = await runCli(["webhooks", "send", PING, "--url", url, "--secret", `whsec_test_${randomUUID()}`]);
    expect(sent.stdout).toMatch(
      /^✖ 400 evt_\w+ v2\.core\.event_destination\.ping: no-match: No v1 signature in the Stripe-Signature header matches the payload for the signing secret\.\n$/,
    );
    expect(sent.code).toBe(1);
  });

  it("listen printed one line per delivery, recorded the accepted ones, and stops on SIGINT", async () => {
    listener.kill("SIGINT");
    await expect.poll(() => listener.exitCode, { timeout: 15_000 }).toBe(0);
    const lines = output.split("\n").filter((line) => /^[✔✖]/.test(line));
    expect(lines).toEqual([
      "✔ 200 evt_65RCjj4EqW1sabcjs2Z16RCMoNQdSQkOWvfL6L5uU2K40u v2.core.event_destination.ping (valid against v2.core.event_destination.ping.notification)",
      "✔ 200 evt_1NG8Du2eZvKYlo2CUI6cCVhB setup_intent.created (valid against event)",
      expect.stringMatching(/^✖ 400 POST \/webhooks: no-match: No v1 signature/),
    ]);
    expect(output).toContain("Stopped: 2 accepted, 1 refused.");
    const files = readdirSync(records.path).sort();
    expect(files).toHaveLength(2);
    for (const file of files) {
      const text = readFileSync(records.at(file), "utf8");
      expect(text).not.toContain(SECRET);
      expect(findSecrets(text)).toEqual([]);
      const cassette = parseCassette(JSON.parse(text), file);
      if (cassette.kind !== "webhook") throw new Error("expected a webhook cassette");
      const { timestamp, header } = cassette.delivery.signature!;
      expect(verifySignature(signedText(cassette.delivery), header, CASSETTE_SECRET, { now: timestamp })).toEqual({
        timestamp,
      });
    }
  }, 30_000);
});

describe("webhooks usage", () => {
  it.each([
    ["no action", ["webhooks"], /takes send or listen/],
    ["send without --url", ["webhooks", "send", PING, "--secret", SECRET], /pass --url/],
    ["send without a secret", ["webhooks", "send", PING, "--url", "http://127.0.0.1:1/"], /pass --secret/],
    [
      "listen with a port that is no number",
      ["webhooks", "listen", "--port", "x", "--secret", SECRET],
      /--port needs a whole number/,
    ],
  ])("%s is a usage error (exit 2)", async (_name, args, message) => {
    const run = await runCli(args, { inProcess: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it.each([
    [
      "a missing file",
      ["webhooks", "send", "nope.json", "--url", "http://127.0.0.1:1/", "--secret", SECRET],
      /nope\.json: does not exist/,
    ],
    [
      "a file with no event",
      ["webhooks", "send", repoPath("package.json"), "--url", "http://127.0.0.1:1/", "--secret", SECRET],
      /holds no event to deliver/,
    ],
  ])("send refuses %s (exit 1)", async (_name, args, message) => {
    const run = await runCli(args, { inProcess: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it("send reports an endpoint that is not there", async () => {
    const closed = await closedPort();
    const args = ["webhooks", "send", PING, "--url", `http://127.0.0.1:${closed}/`, "--secret", SECRET];
    const run = await runCli(args, { inProcess: true });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `could not reach http://127.0.0.1:${closed}/ (ECONNREFUSED); is the receiver running?`,
    );
  });
});

/** A loopback port nothing listens on: one the OS just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}
