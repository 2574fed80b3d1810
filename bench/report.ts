// The results table: one row per comparison, rendered as Markdown for bench/RESULTS.md and the
// terminal. Cells carry median [min–max] so noise is visible next to every ratio.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, release, totalmem } from "node:os";
import { join } from "node:path";
import type { Stats } from "./measure.ts";
import { NODE, packageVersion, REPO, TOOLS } from "./workspace.ts";

/**
 * Hand-written from profiles (node --cpu-prof + bench/profile-summary.ts): where the time goes for
 * each missed target. Read when the report is written, and copied into it as its last section.
 */
const WHERE_TIME_GOES = join(REPO, "bench", "where-time-goes.md");

export interface Row {
  section: string;
  name: string;
  ours: string;
  peer: string;
  /** ours ÷ peer as reported (time ratio or throughput ratio, see `name`). */
  ratio: string;
  target: string;
  verdict: "met" | "missed" | "info" | "skipped";
}

/** "1.23 s [1.10–1.40]" from millisecond stats. */
export function seconds(s: Stats): string {
  const f = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
  return `${f(s.median)} s [${f(s.min)}–${f(s.max)}]`;
}

/** "1.2 M/s [1.1–1.3]" for rates. */
export function rate(s: Stats, unit: string): string {
  const scale = s.median >= 1e6 ? ([1e6, "M"] as const) : s.median >= 1e3 ? ([1e3, "k"] as const) : ([1, ""] as const);
  const f = (v: number) => (v / scale[0]).toFixed(v / scale[0] >= 100 ? 0 : 2);
  return `${f(s.median)}${scale[1] ? ` ${scale[1]}` : ""} ${unit} [${f(s.min)}–${f(s.max)}]`;
}

export function megabytes(kb: number): string {
  return `${(kb / 1024).toFixed(0)} MB`;
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** "info" when issue 6 sets no target for the row. */
export function verdict(met: boolean | undefined): Row["verdict"] {
  if (met === undefined) return "info";
  return met ? "met" : "missed";
}

/** A benchmark that threw: the row says so (first lines of the message), and the others still run. */
export function failedRow(section: string, prefix: string, error: unknown): Row {
  console.error(`  ${section} failed: ${error instanceof Error ? error.stack : String(error)}`);
  const message = (error instanceof Error ? error.message : String(error))
    .split("\n")
    .slice(0, 3)
    .join(" ")
    .slice(0, 300);
  return {
    section,
    name: `${prefix}failed: ${message.replaceAll("|", "\\|")}`,
    ours: "—",
    peer: "—",
    ratio: "—",
    target: "—",
    verdict: "skipped",
  };
}

export interface ReportContext {
  runs: number;
  warmup: number;
  quick: boolean;
  peakRssMethod: string;
  started: Date;
  /** 1-minute load average when the run started; the end value is read when the report is written. */
  loadAtStart: number;
  notes: readonly string[];
}

export function renderTable(rows: readonly Row[]): string {
  const header =
    "| Benchmark | Ours: median [min–max] | Peer: median [min–max] | Ours ÷ peer | Target | Result |\n|---|---|---|---|---|---|";
  const mark = { met: "✅ met", missed: "❌ missed", info: "—", skipped: "⏭ skipped" } as const;
  const lines = rows.map(
    (row) =>
      `| **${row.section}**: ${row.name} | ${row.ours} | ${row.peer} | ${row.ratio} | ${row.target} | ${mark[row.verdict]} |`,
  );
  return [header, ...lines].join("\n");
}

export function renderMachine(context: ReportContext): string {
  const cpu = cpus();
  const tools = [
    "openapi-typescript",
    "openapi-fetch",
    "typescript",
    "typescript-7",
    "ajv",
    "esbuild",
    "@octokit/openapi",
  ].map((name) => `${name} ${packageVersion(name)}`);
  return [
    `- Date: ${context.started.toISOString()}, ${((Date.now() - context.started.getTime()) / 60000).toFixed(1)} min; 1-minute load average ${context.loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end (${cpus().length} cores)`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()} ${arch()} (shared with other engineers' test runs: figures are noisy; compare ratios, which come from interleaved runs)`,
    `- Node ${process.versions.node} (V8 ${process.versions.v8})`,
    `- Tools: ${tools.join(", ")}`,
    `- Plan: ${context.warmup} warm-up + ${context.runs} measured runs per side, ours and peer interleaved${context.quick ? " (BENCH_QUICK=1: shortened, not commit-grade)" : ""}; peak RSS (and CPU time) via ${context.peakRssMethod}`,
  ].join("\n");
}

export function renderMarkdown(rows: readonly Row[], context: ReportContext): string {
  const notes = context.notes.map((note) => `- ${note}`).join("\n");
  const analysis = existsSync(WHERE_TIME_GOES) ? `\n${readFileSync(WHERE_TIME_GOES, "utf8")}` : "";
  return `# Benchmark results\n\nProduced by \`npm run bench\` (bench/run.ts). Do not edit by hand.\n\n## Machine\n\n${renderMachine(context)}\n\n## Results\n\nEach ratio is the median of the per-run ratios ours ÷ peer, each from two back-to-back runs (interleaved, alternating which goes first). Time ratios: lower is better; throughput ratios: higher is better, as labelled per row.\n\n${renderTable(rows)}\n\n## Notes\n\n${notes}\n${analysis}`;
}

export function writeReport(path: string, rows: readonly Row[], context: ReportContext): void {
  writeFileSync(path, renderMarkdown(rows, context));
}

/**
 * Lays a committed report out with the project's formatter, so `biome check` in npm test accepts it
 * as it lands (Biome ignores the scratch folder, so only files in the tree can be formatted).
 */
export function formatCommittedReport(path: string): void {
  execFileSync(NODE, [TOOLS.biome, "format", "--write", path], { stdio: "ignore" });
}
