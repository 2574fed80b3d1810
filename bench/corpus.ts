// `npm run bench:corpus`: the README's corpus table. For each published spec of the corpus
// (generator/test/corpus/corpus-specs.ts): its size, whether `generate` succeeds and what it warns
// about, our whole `generate` process (types + client + validators, no --openapi-typescript) next
// to openapi-typescript's whole process (types only), and how many component schemas agree with
// openapi-typescript's (the oracle check, one tsc run over every output, as in corpus.test.ts).
// A script, not a test. Env: BENCH_RUNS=n (runs per side, default 3). Writes .cache/bench/corpus.md.
import { statSync, writeFileSync } from "node:fs";
import { readSource } from "../generator/load/read-source.ts";
import { CORPUS, type CorpusSpec, corpusSpecPath } from "../generator/test/corpus/corpus-specs.ts";
import { readOracleReport } from "../generator/test/corpus/oracle-errors.ts";
import { typeCheck } from "../test-support/typecheck.ts";
import { compareProcesses, type ProcessSpec, pairedRatio, type RunPlan, runProcess, stats } from "./measure.ts";
import { buildMeasuredCli, freshDir, NODE, scratchPath, TOOLS } from "./workspace.ts";

interface SpecRow {
  readonly entry: CorpusSpec;
  readonly version: string;
  readonly bytes: number;
  readonly result: string;
  readonly oursMs: number;
  readonly peerMs: number;
  readonly ratio: number;
}

const GENERATE_ARGS = [
  "--import-extension",
  ".ts",
  "--runtime-import",
  TOOLS.runtimeIndex,
  "--force",
  "--cache-dir",
  scratchPath("corpus", "cache"),
];

async function measure(entry: CorpusSpec, plan: RunPlan): Promise<SpecRow> {
  const spec = corpusSpecPath(entry);
  const ours: ProcessSpec = {
    command: NODE,
    args: [TOOLS.cli, "generate", "--spec", spec, "--out", freshDir("corpus", "timed", entry.name), ...GENERATE_ARGS],
  };
  const peer: ProcessSpec = {
    command: NODE,
    args: [TOOLS.openapiTypescript, spec, "-o", scratchPath("corpus", "peer", `${entry.name}.ts`)],
  };
  const peerRun = await runProcess(peer);
  const samples =
    peerRun.exitCode === 0
      ? await compareProcesses(plan, ours, peer, entry.name)
      : { ours: await repeat(plan.runs, () => runProcess(ours)), theirs: [] };
  const last = samples.ours.at(-1)!;
  const oursMs = samples.ours.map((sample) => sample.ms);
  const peerMs = samples.theirs.map((sample) => sample.ms);
  const peerFailure = peerRun.exitCode === 0 ? "" : `; openapi-typescript fails: ${firstLine(peerRun.stderr)}`;
  return {
    entry,
    version: String((readSource(spec).data as { openapi?: unknown }).openapi),
    bytes: statSync(spec).size,
    result: last.exitCode === 0 ? `ok${warningCounts(last.stderr)}${peerFailure}` : `FAILS: ${firstLine(last.stderr)}`,
    oursMs: stats(oursMs).median,
    peerMs: peerMs.length > 0 ? stats(peerMs).median : Number.NaN,
    ratio: peerMs.length > 0 ? pairedRatio(oursMs, peerMs) : Number.NaN,
  };
}

async function repeat<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < times; index++) results.push(await run());
  return results;
}

function firstLine(text: string): string {
  return (text.trim().split("\n")[0] ?? "")
    .replace(/^\s*✘\s*/, "")
    .replaceAll("|", "\\|")
    .slice(0, 120);
}

/** " (warns: 6 constructs, 11 unknown formats)" from our warning headings. */
function warningCounts(stderr: string): string {
  const counts = [...stderr.matchAll(/^Warning: (\d+ [a-z ]+?) (?:not valid|whose)/gm)].map((match) => match[1]);
  return counts.length > 0 ? ` (warns: ${counts.join(", ")})` : "";
}

/** Every spec generated with --openapi-typescript, one tsc run: schemas compared and agreeing per spec. */
async function agreement(): Promise<Map<string, { compared: number; agreeing: number }>> {
  const root = freshDir("corpus", "oracle");
  const { spawnSync } = await import("node:child_process");
  for (const entry of CORPUS)
    spawnSync(NODE, [
      TOOLS.cli,
      "generate",
      "--spec",
      corpusSpecPath(entry),
      "--out",
      `${root}/${entry.name}`,
      "--openapi-typescript",
      ...GENERATE_ARGS,
    ]);
  const folders = CORPUS.map((entry) => entry.name);
  const report = readOracleReport(root, folders, await typeCheck(root, folders));
  const result = new Map<string, { compared: number; agreeing: number }>();
  for (const name of folders) {
    const compared = report.compared.get(name) ?? 0;
    const disagreeing = report.disagreements.filter((line) => line.startsWith(`${name} `)).length;
    result.set(name, { compared, agreeing: compared - disagreeing });
  }
  return result;
}

function table(rows: readonly SpecRow[], agreeing: Map<string, { compared: number; agreeing: number }>): string {
  const lines = [
    "| Spec | Package | OpenAPI | Size | Result | Ours | openapi-typescript | Ratio | Agreement |",
    "| --- | --- | --- | ---: | --- | ---: | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    const agree = agreeing.get(row.entry.name) ?? { compared: 0, agreeing: 0 };
    const size = row.bytes >= 1e6 ? `${(row.bytes / 1e6).toFixed(2)} MB` : `${(row.bytes / 1e3).toFixed(1)} kB`;
    lines.push(
      `| ${row.entry.name} | ${row.entry.package} | ${row.version} | ${size} | ${row.result} | ${(row.oursMs / 1000).toFixed(2)} s | ${Number.isNaN(row.peerMs) ? "fails" : `${(row.peerMs / 1000).toFixed(2)} s`} | ${Number.isNaN(row.ratio) ? "—" : `${row.ratio.toFixed(2)}×`} | ${agree.agreeing}/${agree.compared} |`,
    );
  }
  const total = [...agreeing.values()].reduce(
    (sum, { compared, agreeing: ok }) => [sum[0]! + ok, sum[1]! + compared],
    [0, 0],
  );
  lines.push(`| **all ${rows.length}** | | | | | | | | **${total[0]}/${total[1]}** |`);
  return lines.join("\n");
}

const plan: RunPlan = { runs: Number(process.env.BENCH_RUNS ?? 3), warmup: 1 };
buildMeasuredCli();
const rows: SpecRow[] = [];
for (const entry of CORPUS) {
  rows.push(await measure(entry, plan));
  console.error(`${entry.name}: ${rows.at(-1)!.result}`);
}
const markdown = table(rows, await agreement());
writeFileSync(scratchPath("corpus.md"), `${markdown}\n`);
console.log(markdown);
