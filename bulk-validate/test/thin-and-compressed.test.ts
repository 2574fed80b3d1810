// `validate` on what event destinations deliver (thin notifications, chosen by the event map like
// the webhook router chooses them) and on compressed input (refused with a hint, not parsed as garbage).
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMutation, removeAt } from "../../contract/payload-mutation.ts";
import { runCli as runCliProcess } from "../../test-support/cli.ts";
import { documentedBody } from "../../test-support/recordings.ts";
import { type TempFolder, tempFolder } from "../../test-support/temp-folder.ts";

const runCli = (args: string[]) => runCliProcess(args, { inProcess: true });
const ndjson = (values: unknown[]) => `${values.map((value) => JSON.stringify(value)).join("\n")}\n`;

const PING = documentedBody("v2-thin-event-notification.json");
const UNLISTED = documentedBody("webhook-v2-unlisted-thin-type.json");
const METER = documentedBody("webhook-v2-meter-error-report-triggered.json");
const FULL_V2_EVENT = documentedBody("v2-event-retrieve-200.json");

let folder: TempFolder;
beforeAll(() => (folder = tempFolder("validate-thin")));
afterAll(() => folder.remove());

describe("thin notifications", () => {
  it("are checked against their type's notification schema (or any thin type's), full v2 events against v2.core.event", async () => {
    const file = folder.write("deliveries.ndjson", ndjson([PING, METER, UNLISTED, FULL_V2_EVENT]));
    const { code, stdout } = await runCli(["validate", file]);
    expect(code).toBe(0);
    expect(stdout).toContain("4 valid, 0 invalid");
    expect(stdout).toContain(
      "By schema: v2.core.event_destination.ping.notification 1, v1.billing.meter.error_report_triggered.notification 1, v2.core.event_notification 1, v2.core.event 1.",
    );
  });

  it("a broken notification fails at its pointer against its own schema, not for a missing `data`", async () => {
    const broken = applyMutation(PING, removeAt("/related_object/url"));
    const file = folder.write("broken.ndjson", ndjson([broken]));
    const { code, stdout } = await runCli(["validate", file]);
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toBe(
      `✖ ${file}:1 ${PING.id} /related_object/url: must have required property 'url' (schema v2.core.event_destination.ping.notification)`,
    );
    expect(stdout).not.toContain("'data'");
  });

  it("a full v2 event without its data is still a v2.core.event missing `data` (the twin)", async () => {
    const { data: _dropped, ...withoutData } = FULL_V2_EVENT;
    const withData = { ...withoutData, data: {} };
    const file = folder.write(
      "full.ndjson",
      ndjson([withData, applyMutation(withData, removeAt("/related_object/url"))]),
    );
    const { code, stdout } = await runCli(["validate", file]);
    expect(code).toBe(1);
    expect(stdout).toContain("(schema v2.core.event)");
    expect(stdout).toContain("By schema: v2.core.event 2.");
  });
});

describe("compressed input", () => {
  it("gzip is detected: exit 2, one line naming the format and how to decompress", async () => {
    const file = folder.write("events.ndjson.gz", gzipSync(ndjson([PING, FULL_V2_EVENT])));
    const { code, stdout } = await runCli(["validate", file]);
    expect(code).toBe(2);
    expect(stdout.split("\n")[0]).toBe(
      `✖ ${file}:1 (unreadable) unreadable input: the input is gzip-compressed; decompress it first, e.g. \`zcat <file> | stripe-events-contract validate -\``,
    );
    expect(stdout).toContain("0 valid, 0 invalid, 1 unreadable");
  });

  it("the same records uncompressed pass (the twin)", async () => {
    const file = folder.write("events.ndjson", ndjson([PING, FULL_V2_EVENT]));
    expect((await runCli(["validate", file])).code).toBe(0);
  });
});
