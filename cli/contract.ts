// `contract`: the contract suite as a command over the project's config, cassettes and generated
// code: recorded cassettes replayed through the generated client, the same cases live, the coverage
// matrix, JUnit and coverage reports. `--shard i/n` runs one part and writes its report as a blob;
// `--merge-reports <dir>` joins the blobs of every shard and checks coverage over the whole suite.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CassetteFormatError } from "../contract/cassette.ts";
import { renderCoverageText } from "../contract/coverage.ts";
import { writeCoverageReport } from "../contract/coverage-report.ts";
import { renderJunit } from "../contract/junit.ts";
import { LiveSettingError, liveTargetFromFlag } from "../contract/live-target.ts";
import { loadContractProject } from "../contract/project.ts";
import { runContractSuite } from "../contract/run-suite.ts";
import { parseShard, type Shard } from "../contract/shard.ts";
import {
  exitCodeOf,
  formatSummary,
  mergeReports,
  REPORT_KIND,
  type SuiteCase,
  type SuiteReport,
  withCoverageChecks,
} from "../contract/suite-report.ts";
import { SpecError } from "../generator/spec-error.ts";
import { type Command, parseCommandArgs, printHelp, UsageError, withHelp } from "./command.ts";

const HELP = `Usage: stripe-events-contract contract [options]
       stripe-events-contract contract --merge-reports <dir> [--junit <file>] [--coverage-report <file>]

Runs the contract suite over this project (stripe-events-contract.config.json): every cassette is
replayed through the generated client and checked against the generated validators, then the same
cases run live, then the coverage matrix is checked (every operation reached, every documented
response recorded). Exit codes: 0 all passed (skips are reported with their reason), 1 a violation
or a missing case, 2 a usage error.

Options:
  --cassettes <dir>          cassettes folder (default: "cassettes" in the config, else contract-tests/recordings)
  --live <target>            prism (a mock built from the specs), stripe (STRIPE_API_KEY=sk_test_…, read-only),
                             a base URL, or none. Default: STRIPE_API_KEY / CONTRACT_BASE_URL when set, else
                             prism; CONTRACT_SKIP_LIVE=1 skips it
  --junit <file>             write a JUnit XML report
  --coverage-report <file>   write the coverage matrix as <file>.json and <file>.md (or CONTRACT_COVERAGE_REPORT)
  --shard <i>/<n>            run part i of n (cassettes split as vitest splits test files; live cases run in
                             part 1) and write the part's report to --blob; coverage is checked on merge
  --blob <file>              where --shard writes its report (default: reports/blobs/shard-<i>-of-<n>.json)
  --merge-reports <dir>      merge the shard reports in <dir>, check coverage, write --junit/--coverage-report
  --help                     show this help`;

const OPTIONS = {
  cassettes: { type: "string" },
  live: { type: "string" },
  junit: { type: "string" },
  "coverage-report": { type: "string" },
  shard: { type: "string" },
  blob: { type: "string" },
  "merge-reports": { type: "string" },
} as const;

type Values = ReturnType<typeof parseValues>;

function parseValues(args: string[]) {
  return parseCommandArgs({ args, options: withHelp(OPTIONS) }).values;
}

export const command: Command = async (args) => {
  const values = parseValues(args);
  if (values.help) return printHelp(HELP);
  if (values["merge-reports"] !== undefined) return merge(values["merge-reports"], values);
  if (values.blob !== undefined && values.shard === undefined) throw new UsageError("--blob goes with --shard <i>/<n>");
  const shard = values.shard === undefined ? undefined : shardOf(values.shard);
  const live = liveTarget(values.live);
  const project = await loadContractProject(process.cwd(), { cassettes: values.cassettes }).catch(asSpecError);
  const report = await runContractSuite({ project, live, shard, onCase: printCase }).catch(asSpecError);
  if (shard !== undefined) return writeBlob(report, values.blob ?? defaultBlob(shard));
  return finish(report, values);
};

function shardOf(text: string): Shard {
  const shard = parseShard(text);
  if (shard === undefined)
    throw new UsageError(`--shard takes <index>/<count> with 1 ≤ index ≤ count, e.g. 2/4; got ${text}`);
  return shard;
}

function liveTarget(flag: string | undefined) {
  try {
    return liveTargetFromFlag(flag, process.env);
  } catch (error) {
    if (flag !== undefined && error instanceof LiveSettingError && error.message.startsWith("--live takes"))
      throw new UsageError(error.message);
    if (error instanceof LiveSettingError)
      throw SpecError.single({ file: "environment", message: error.message }, "Fix the setting and run again.");
    throw error;
  }
}

function asSpecError(error: unknown): never {
  if (!(error instanceof CassetteFormatError)) throw error;
  throw SpecError.single(
    { file: error.file ?? "cassettes", message: error.detail },
    "Fix the cassette (the README's adoption section shows its format), or move it out of the cassettes folder.",
  );
}

function printCase(entry: SuiteCase): void {
  const where = `${entry.group} ${entry.name}`;
  if (entry.status === "passed") console.log(`✔ ${where}`);
  else if (entry.status === "skipped") console.log(`- ${where} (skipped: ${entry.message ?? "no reason given"})`);
  else console.log(`✖ ${where}\n${indent(entry.message ?? "failed")}`);
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");
}

function defaultBlob(shard: Shard): string {
  return join("reports", "blobs", `shard-${shard.index}-of-${shard.count}.json`);
}

function writeBlob(report: SuiteReport, file: string): number {
  writeFile(file, `${JSON.stringify(report)}\n`);
  console.log(`${formatSummary(report)}\nShard report written to ${file}; merge every shard's with --merge-reports.`);
  return exitCodeOf(report);
}

/** Always writes the reports, even when shards are missing: the merged report then says which. */
function merge(dir: string, values: Values): number {
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".json")) : [];
  const reports = files
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as SuiteReport)
    .filter((report) => report.kind === REPORT_KIND);
  const merged = mergeReports(reports);
  for (const entry of merged.cases) if (entry.status === "failed" && entry.group !== "coverage") printCase(entry);
  return finish(merged, values);
}

function finish(report: SuiteReport, values: Values): number {
  const checked = withCoverageChecks(report);
  for (const entry of checked.cases) if (entry.group === "coverage") printCase(entry);
  console.log(`\n${renderCoverageText(checked.coverage)}\n\n${formatSummary(checked)}`);
  if (values.junit !== undefined) {
    writeFile(values.junit, renderJunit(checked));
    console.log(`JUnit report written to ${values.junit}`);
  }
  const coverageReport = values["coverage-report"] ?? nonEmpty(process.env.CONTRACT_COVERAGE_REPORT);
  if (coverageReport !== undefined) {
    const written = writeCoverageReport(checked.coverage, resolve(coverageReport));
    console.log(`Coverage matrix written to ${written.json} and ${written.markdown}`);
  }
  return exitCodeOf(checked);
}

function writeFile(file: string, text: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, text);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}
