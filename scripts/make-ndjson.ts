// node scripts/make-ndjson.ts <out> <megabytes> [--invalid-every <n>] [--seed <n>]
// Writes varied, valid Stripe events (built from the documented examples) as NDJSON until the
// file reaches <megabytes> MiB; with --invalid-every n, every n-th record lacks "created".
// Streams with back-pressure, so generating a 1 GB file needs no more memory than a 1 MB one.

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { sampleEvents } from "./sample-events.ts";

const BATCH_CHARS = 1024 * 1024;

export async function makeNdjson(
  out: string,
  megabytes: number,
  options: { invalidEvery?: number; seed?: number } = {},
): Promise<{ records: number; bytes: number }> {
  const events = sampleEvents(options.seed ?? 1);
  const target = Math.round(megabytes * 1024 * 1024);
  const file = createWriteStream(out);
  let bytes = 0;
  let records = 0;
  let batch: string[] = [];
  let batchSize = 0;
  while (bytes < target) {
    const line = `${events.line(records, options.invalidEvery !== undefined && (records + 1) % options.invalidEvery === 0)}\n`;
    batch.push(line);
    batchSize += line.length;
    bytes += Buffer.byteLength(line);
    records++;
    if (batchSize >= BATCH_CHARS) {
      if (!file.write(batch.join(""))) await once(file, "drain");
      batch = [];
      batchSize = 0;
    }
  }
  file.end(batch.join(""));
  await once(file, "finish");
  return { records, bytes };
}

async function cli(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { "invalid-every": { type: "string" }, seed: { type: "string" } },
  });
  const [out, size] = positionals;
  const megabytes = Number(size);
  if (!out || !Number.isFinite(megabytes) || megabytes <= 0) {
    console.error("Usage: node scripts/make-ndjson.ts <out> <megabytes> [--invalid-every <n>] [--seed <n>]");
    return 2;
  }
  const invalidEvery = values["invalid-every"] === undefined ? undefined : Number(values["invalid-every"]);
  const result = await makeNdjson(out, megabytes, {
    invalidEvery,
    seed: values.seed === undefined ? undefined : Number(values.seed),
  });
  console.log(`Wrote ${result.records} events (${(result.bytes / 1024 / 1024).toFixed(1)} MiB) to ${out}.`);
  return 0;
}

if (import.meta.main) process.exitCode = await cli(process.argv.slice(2));
