// Issue 6 §3 (bulk part): `stripe-events-contract validate <file>` on ≥ 100 MB of NDJSON next to
// bench/parse-only.ts (read + JSON.parse per line), whole processes. "Flat memory" is checked by
// also running ours on a file a quarter the size: peak RSS must not grow with the input.
import { statSync } from "node:fs";
import { join } from "node:path";
import {
  assertOk,
  compareProcesses,
  type ProcessSample,
  pairedRatio,
  type RunPlan,
  runProcess,
  stats,
} from "./measure.ts";
import { megabytes, type Row, ratio, verdict } from "./report.ts";
import { NODE, REPO, scratchPath, TOOLS } from "./workspace.ts";

const THROUGHPUT_TARGET = 0.5;
const PROJECT_MAKER = join(REPO, "scripts", "make-ndjson.ts");

export interface BulkOptions {
  megabytes: number;
}

/** True while generator/commands/validate.ts is still the placeholder that prints "not available yet". */
export async function validateCommandAvailable(): Promise<boolean> {
  const probe = await runProcess({ command: NODE, args: [TOOLS.cli, "validate", "--help"] });
  return !/not available yet/i.test(probe.stdout + probe.stderr);
}

export async function benchBulkValidate(plan: RunPlan, options: BulkOptions, notes: string[]): Promise<Row[]> {
  if (!(await validateCommandAvailable()))
    return [skippedRow("`stripe-events-contract validate` is not available yet (the command is still a stub)")];
  const big = await writeInput(options.megabytes);
  const small = await writeInput(Math.max(1, Math.round(options.megabytes / 4)));
  notes.push(big.note);
  const ours = (file: string) => ({ command: NODE, args: [TOOLS.cli, "validate", file] });
  const peer = { command: NODE, args: [join(REPO, "bench", "parse-only.ts"), big.path] };
  console.error(`  bulk validation: ${(big.bytes / 1048576).toFixed(0)} MB`);
  const result = await compareProcesses(plan, ours(big.path), peer, "bulk validate");
  const smallRss = assertOk(await runProcess(ours(small.path)), "bulk validate (small file)").peakRssKb;
  return [throughputRow(big, result.ours, result.theirs, smallRss, small.bytes)];
}

interface NdjsonInput {
  path: string;
  bytes: number;
  /** Where the input came from, for the report. */
  note: string;
}

/** Written afresh each run (a few seconds) by scripts/make-ndjson.ts, so it never goes stale. */
async function writeInput(mb: number): Promise<NdjsonInput> {
  const path = scratchPath("ndjson", `events-${mb}mb.ndjson`);
  const note = `Bulk validation input: ${mb} MB of NDJSON from scripts/make-ndjson.ts (varied v1 and v2 events from the documented examples; the command picks each record's schema by its \`object\` field). The parse-only floor is bench/parse-only.ts (1 MB reads, split on newlines, JSON.parse per line).`;
  assertOk(
    await runProcess({ command: NODE, args: [PROJECT_MAKER, path, String(mb)], cwd: REPO }),
    "scripts/make-ndjson.ts",
  );
  return { path, bytes: statSync(path).size, note };
}

function throughputRow(
  input: NdjsonInput,
  ours: ProcessSample[],
  peer: ProcessSample[],
  smallRssKb: number,
  smallBytes: number,
): Row {
  const { bytes } = input;
  const mbps = (sample: ProcessSample) => bytes / 1048576 / (sample.ms / 1000);
  const o = stats(ours.map(mbps));
  const p = stats(peer.map(mbps));
  const value = pairedRatio(o.samples, p.samples);
  const ourRss = Math.max(...ours.map((sample) => sample.peakRssKb));
  const peerRss = Math.max(...peer.map((sample) => sample.peakRssKb));
  // Flat: four times the input may cost at most 25% (+ 32 MB of slack) more peak memory.
  const flat = ourRss <= smallRssKb * 1.25 + 32 * 1024;
  const cell = (s: ReturnType<typeof stats>, rss: number) =>
    `${s.median.toFixed(0)} MB/s [${s.min.toFixed(0)}–${s.max.toFixed(0)}], peak RSS ${megabytes(rss)}`;
  return {
    section: "Validation",
    name: `bulk NDJSON, ${(bytes / 1048576).toFixed(0)} MB: \`validate <file>\` vs parse-only script, throughput ratio (ours peak RSS on a ${(smallBytes / 1048576).toFixed(0)} MB file: ${megabytes(smallRssKb)}, ${flat ? "flat" : "NOT flat"})`,
    ours: cell(o, ourRss),
    peer: cell(p, peerRss),
    ratio: ratio(value),
    target: `≥ ${THROUGHPUT_TARGET}× in flat memory`,
    verdict: verdict(value >= THROUGHPUT_TARGET && flat),
  };
}

function skippedRow(reason: string): Row {
  return {
    section: "Validation",
    name: `bulk NDJSON throughput: ${reason}`,
    ours: "not available yet",
    peer: "—",
    ratio: "—",
    target: `≥ ${THROUGHPUT_TARGET}× in flat memory`,
    verdict: "skipped",
  };
}
