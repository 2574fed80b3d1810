// Constant memory: a 48 MiB input validates in a child process whose V8 heap is capped at 16 MB,
// as NDJSON and as one JSON array. The twin proves the cap bites: reading the same file whole
// under the same cap crashes.
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeNdjson } from "../../scripts/make-ndjson.ts";
import { runCli, runNode } from "../../test-support/cli.ts";
import { type TempFolder, tempFolder } from "../../test-support/temp-folder.ts";

const HEAP_MB = "16";
const HEAP_CAP = `--max-old-space-size=${HEAP_MB}`;

describe("bulk validate memory stays flat", () => {
  let folder: TempFolder;
  let ndjsonFile: string;
  let arrayFile: string;
  let records: number;

  beforeAll(async () => {
    folder = tempFolder("memory");
    ndjsonFile = folder.at("events.ndjson");
    records = (await makeNdjson(ndjsonFile, 48)).records;
    arrayFile = folder.at("events.json");
    writeFileSync(arrayFile, `[\n${readFileSync(ndjsonFile, "utf8").trimEnd().replaceAll("\n", ",\n")}\n]\n`);
  }, 120_000);
  afterAll(() => folder.remove());

  it.each([
    ["NDJSON", () => ndjsonFile, "ndjson"],
    ["a JSON array", () => arrayFile, "array"],
  ])(
    `%s of 48 MiB validates under a ${HEAP_MB} MB heap`,
    async (_name, file, format) => {
      const { code, stdout } = await runCli(["validate", file()], { nodeOptions: [HEAP_CAP] });
      expect(stdout).toContain(`Checked ${records} records (${format}, `);
      expect(stdout).toContain(`${records} valid, 0 invalid, 0 unreadable`);
      expect(code).toBe(0);
    },
    120_000,
  );

  it("twin: loading the same file whole under the same heap cap crashes", async () => {
    const script = `const t=require("fs").readFileSync(${JSON.stringify(ndjsonFile)},"utf8");const all=t.split("\\n").filter(Boolean).map((l)=>JSON.parse(l));console.log(all.length)`;
    const { code } = await runNode([HEAP_CAP, "-e", script]);
    expect(code).not.toBe(0);
  }, 120_000);
});
