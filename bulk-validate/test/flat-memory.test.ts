// Constant memory: a 48 MiB input validates in a child process whose V8 heap is capped at 16 MB,
// as NDJSON and as one JSON array. The twin proves the cap bites: reading the same file whole
// under the same cap crashes.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeNdjson } from "../../scripts/make-ndjson.ts";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const NODE = join(ROOT, "node_modules/.bin/node");
const CLI = join(ROOT, "cli/main.ts");
const HEAP_MB = "16";

async function exitCode(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(NODE, [`--max-old-space-size=${HEAP_MB}`, ...args], { maxBuffer: 1 << 20 });
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? "" };
  }
}

describe("bulk validate memory stays flat", () => {
  let folder: string;
  let ndjsonFile: string;
  let arrayFile: string;
  let records: number;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "sec-memory-"));
    ndjsonFile = join(folder, "events.ndjson");
    records = (await makeNdjson(ndjsonFile, 48)).records;
    arrayFile = join(folder, "events.json");
    writeFileSync(arrayFile, `[\n${readFileSync(ndjsonFile, "utf8").trimEnd().replaceAll("\n", ",\n")}\n]\n`);
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    ["NDJSON", () => ndjsonFile, "ndjson"],
    ["a JSON array", () => arrayFile, "array"],
  ])(
    `%s of 48 MiB validates under a ${HEAP_MB} MB heap`,
    async (_name, file, format) => {
      const { code, stdout } = await exitCode([CLI, "validate", file()]);
      expect(stdout).toContain(`Checked ${records} records (${format}, `);
      expect(stdout).toContain(`${records} valid, 0 invalid, 0 unreadable`);
      expect(code).toBe(0);
    },
    120_000,
  );

  it("twin: loading the same file whole under the same heap cap crashes", async () => {
    const script = `const t=require("fs").readFileSync(${JSON.stringify(ndjsonFile)},"utf8");const all=t.split("\\n").filter(Boolean).map((l)=>JSON.parse(l));console.log(all.length)`;
    const { code } = await exitCode(["-e", script]);
    expect(code).not.toBe(0);
  }, 120_000);
});
