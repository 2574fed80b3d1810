// `stripe-events-contract validate`: documented payloads pass, each mutated one fails at the
// right pointer, unreadable input exits 2 with its line, and failures print exactly like the
// contract suite's (contract/violation.ts).
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMutation, type PayloadMutation, removeAt, setAt } from "../../contract/payload-mutation.ts";
import { formatViolation, violationsFromErrors } from "../../contract/violation.ts";
import * as generated from "../../generated/validators.ts";
import type { ValidateFn } from "../../runtime/operation.ts";
import { runCli as runCliProcess } from "../../test-support/cli.ts";
import { documentedBodies, documentedBody } from "../../test-support/recordings.ts";
import { type TempFolder, tempFolder } from "../../test-support/temp-folder.ts";
import { bulkValidatorsFrom } from "../bulk-validators.ts";
import { validateStream } from "../validate-stream.ts";

// Schema names come from the tables as strings, so the typed validate() is used through ValidateFn.
const validate: ValidateFn = generated.validate;
const runCli = (args: string[]) => runCliProcess(args, { inProcess: true });

let folder: TempFolder;
beforeAll(() => (folder = tempFolder("validate")));
afterAll(() => folder.remove());

const write = (name: string, text: string): string => folder.write(name, text);

const ndjson = (values: unknown[]) => `${values.map((value) => JSON.stringify(value)).join("\n")}\n`;

describe("documented payloads pass", () => {
  const bodies = documentedBodies();

  it("finds the documented v1 event, v1 lists and v2 events", () => {
    expect(bodies.map(({ body }) => body.object).sort()).toEqual([
      "event",
      "list",
      "list",
      "list",
      "v2.core.event",
      "v2.core.event",
    ]);
  });

  it.each([
    ["NDJSON", "documented.ndjson", () => ndjson(bodies.map(({ body }) => body))],
    [
      "a JSON array",
      "documented.json",
      () =>
        JSON.stringify(
          bodies.map(({ body }) => body),
          null,
          2,
        ),
    ],
    ["one pretty-printed document", "event.json", () => JSON.stringify(bodies[0]!.body, null, 2)],
  ])("as %s: exit 0 with a summary", async (_name, file, text) => {
    const input = text();
    const count = input.startsWith("{\n") ? 1 : bodies.length;
    const { code, stdout } = await runCli(["validate", write(file, input)]);
    expect(stdout).toMatch(
      new RegExp(
        `^Checked ${count} records? \\((ndjson|array|documents), [\\d.]+ MB\\) in [\\d.]+ s: ${count} valid, 0 invalid, 0 unreadable\\.\\nThroughput: \\d+ records/s, [\\d.]+ MB/s\\.`,
      ),
    );
    expect(code).toBe(0);
  });

  it("the thin v2 notification passes with --schema v2.core.event_notification", async () => {
    const file = write("thin.ndjson", ndjson([documentedBody("v2-thin-event-notification.json")]));
    expect((await runCli(["validate", "--schema", "v2.core.event_notification", file])).code).toBe(0);
  });
});

const V1_EVENT = "v1-event-retrieve-200.json";
const V1_LIST = "v1-events-list-page-1.json";
const V2_EVENT = "v2-event-retrieve-200.json";

/** Each mutation must be reported at its own pointer, under the schema the `object` field chose. */
const MUTATIONS: { name: string; recording: string; mutation: PayloadMutation; schema: string }[] = [
  { name: "v1 event without id", recording: V1_EVENT, mutation: removeAt("/id"), schema: "event" },
  {
    name: "v1 event created as a string",
    recording: V1_EVENT,
    mutation: setAt("/created", "2023-06-06"),
    schema: "event",
  },
  {
    name: "v1 event livemode as a string",
    recording: V1_EVENT,
    mutation: setAt("/livemode", "false"),
    schema: "event",
  },
  { name: "v1 event data.object missing", recording: V1_EVENT, mutation: removeAt("/data/object"), schema: "event" },
  {
    name: "v1 list element with a wrong object",
    recording: V1_LIST,
    mutation: setAt("/data/0/object", "charge"),
    schema: "NotificationEventList",
  },
  {
    name: "v1 list has_more missing",
    recording: V1_LIST,
    mutation: removeAt("/has_more"),
    schema: "NotificationEventList",
  },
  {
    name: "v2 event created as a number",
    recording: V2_EVENT,
    mutation: setAt("/created", 1735689600),
    schema: "v2.core.event",
  },
  {
    name: "v2 event related_object.url as a number",
    recording: V2_EVENT,
    mutation: setAt("/related_object/url", 5),
    schema: "v2.core.event",
  },
];

describe("mutated payloads fail at the right pointer", () => {
  it.each(MUTATIONS)("$name", async ({ name, recording, mutation, schema }) => {
    const { pointer } = mutation;
    expect(validate(schema, documentedBody(recording)).valid).toBe(true); // the unmutated twin passes
    const body = applyMutation(documentedBody(recording), mutation);
    const file = write(`${name.replaceAll(" ", "-")}.ndjson`, `\n${JSON.stringify(body)}\n`);
    const { code, stdout } = await runCli(["validate", "--verbose", file]);
    expect(code).toBe(1);
    const id = typeof body.id === "string" ? body.id : "(no id)";
    expect(stdout).toContain(`✖ ${file}:2: ${id} (schema ${schema})\n`);
    expect(stdout).toContain(`    at:          ${pointer}\n`);
    expect(stdout).toMatch(/0 valid, 1 invalid, 0 unreadable/);
  });

  it("--verbose prints each failure exactly as the contract suite formats it", async () => {
    const body = applyMutation(documentedBody(V1_EVENT), setAt("/livemode", "false"));
    const file = write("shape.ndjson", JSON.stringify(body));
    const result = validate("event", body);
    if (result.valid) throw new Error("the mutation should fail");
    const expected = violationsFromErrors(
      { source: `${file}:1`, operation: body.id, schema: "event" },
      body,
      result.errors,
    )
      .map(formatViolation)
      .join("\n\n");
    expect((await runCli(["validate", "--verbose", file])).stdout.startsWith(`${expected}\n\n`)).toBe(true);
  });

  it("prints one line per failure by default with line, id, pointer and message", async () => {
    const body = applyMutation(documentedBody(V1_EVENT), setAt("/livemode", "false"));
    const file = write("compact.ndjson", ndjson([documentedBody(V1_EVENT), body]));
    const { code, stdout } = await runCli(["validate", file]);
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toBe(`✖ ${file}:2 ${body.id} /livemode: must be boolean (schema event)`);
  });

  it("names the object field when no schema can be chosen", async () => {
    const file = write("charge.ndjson", ndjson([{ id: "ch_1", object: "charge" }]));
    const { code, stdout } = await runCli(["validate", file]);
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toBe(`✖ ${file}:1 ch_1 no schema chosen: "object" is "charge"; pass --schema <name>`);
  });
});

describe("unreadable input exits 2 and names the line", () => {
  const event = () => JSON.stringify(documentedBody(V1_EVENT));

  it.each([
    [
      "a truncated last line",
      () => `${event()}\n${event()}\n${event().slice(0, 40)}`,
      3,
      "Unexpected end of JSON input|Unterminated string",
    ],
    [
      "invalid JSON in the middle (the rest is still checked)",
      () => `${event()}\n{"id": evt_1}\n${event()}\n`,
      2,
      "Unexpected token",
    ],
    ["a truncated JSON array", () => `[\n${event()},\n${event().slice(0, 50)}`, 3, "input ends inside a JSON value"],
    ["empty input", () => "", 1, "no JSON found"],
  ])("%s", async (_name, text, line, message) => {
    const file = write("unreadable.ndjson", text());
    const { code, stdout } = await runCli(["validate", file]);
    expect(code).toBe(2);
    expect(stdout).toMatch(
      new RegExp(`^✖ ${file.replaceAll(".", "\\.")}:${line} \\(unreadable\\) unreadable input: .*(${message})`, "m"),
    );
  });

  it("the same file without the damage exits 0 (twin)", async () => {
    expect((await runCli(["validate", write("fine.ndjson", `${event()}\n${event()}\n${event()}`)])).code).toBe(0);
  });

  it.each([
    ["unknown schema", ["validate", "--schema", "nope", "x.ndjson"], 2],
    ["no input", ["validate"], 2],
    ["missing file", ["validate", "/nonexistent/file.ndjson"], 1],
  ])("%s → exit %i", async (_name, args, code) => {
    expect((await runCli(args as string[])).code).toBe(code);
  });
});

describe("validateStream on a stream (what `validate -` reads from stdin)", () => {
  it("checks records fed in tiny chunks and counts bytes", async () => {
    const text = ndjson([documentedBody(V1_EVENT), { id: "evt_x", object: "event" }]);
    const bytes = Buffer.from(text);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) =>
      bytes.subarray(index * 7, index * 7 + 7),
    );
    const sink = new PassThrough();
    let printed = "";
    sink.on("data", (chunk) => (printed += chunk));
    const result = await validateStream(Readable.from(chunks), sink, {
      validators: bulkValidatorsFrom(generated),
      source: "stdin",
      style: "line",
    });
    expect(result).toMatchObject({
      records: 2,
      valid: 1,
      invalid: 1,
      unreadable: 0,
      bytes: bytes.length,
      format: "ndjson",
    });
    expect(printed).toContain("✖ stdin:2 evt_x /created: must have required property 'created' (schema event)");
  });
});
