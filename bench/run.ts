// `npm run bench`: runs every benchmark of issue 6, prints the table and writes bench/RESULTS.md.
// A script, not a test: it is not part of `npm test`, and it never fails on a missed target.
// Env: BENCH_RUNS=n (measured runs per side, default 3), BENCH_QUICK=1 (2 runs, no warm-up,
// 16 MB NDJSON), BENCH_ONLY=generation,typecheck,validation,client,webhooks (subset),
// BENCH_SPECS=stripe-full,github,… (the generation and type-check rows' specs, see bench-specs.ts).
// Only a full, non-quick run of every section and spec with ≥ 3 runs overwrites bench/RESULTS.md;
// others write .cache/bench/.

import { loadavg } from "node:os";
import { join } from "node:path";
import { benchBulkValidate } from "./bench-bulk-validate.ts";
import { benchBundleSize } from "./bench-bundle-size.ts";
import { benchClient } from "./bench-client.ts";
import { benchCachedGenerate, benchGeneration, type GeneratedOutput } from "./bench-generation.ts";
import { benchOneComponentEdit } from "./bench-incremental.ts";
import { type BenchSpec, SPECS, selectSpecs } from "./bench-specs.ts";
import { benchTypecheck } from "./bench-typecheck.ts";
import { benchValidatorCalls } from "./bench-validator-calls.ts";
import { benchWebhooks } from "./bench-webhooks.ts";
import { peakRssMethod, type RunPlan } from "./measure.ts";
import { failedRow, formatCommittedReport, type Row, renderTable, writeReport } from "./report.ts";
import { buildMeasuredCli, REPO, scratchPath } from "./workspace.ts";

const SECTIONS = ["generation", "typecheck", "validation", "client", "webhooks"] as const;
type Section = (typeof SECTIONS)[number];

interface Settings {
  plan: RunPlan;
  quick: boolean;
  ndjsonMegabytes: number;
  sections: ReadonlySet<Section>;
  specs: readonly BenchSpec[];
}

function settingsFromEnv(env: NodeJS.ProcessEnv): Settings {
  const quick = env.BENCH_QUICK === "1";
  const runs = env.BENCH_RUNS ? Number.parseInt(env.BENCH_RUNS, 10) : quick ? 2 : 3;
  if (!(runs >= 1)) throw new Error(`BENCH_RUNS must be a positive integer, got ${JSON.stringify(env.BENCH_RUNS)}`);
  const only = env.BENCH_ONLY?.split(",").map((name) => name.trim()) ?? [...SECTIONS];
  const unknown = only.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY: unknown section(s) ${unknown.join(", ")}; use ${SECTIONS.join(", ")}`);
  return {
    plan: { runs, warmup: quick ? 0 : 1 },
    quick,
    ndjsonMegabytes: quick ? 16 : 100,
    sections: new Set(only as Section[]),
    specs: selectSpecs(env),
  };
}

/** A benchmark that throws becomes a row saying so, and the others still run. */
async function guarded(section: string, rows: Row[], body: () => Promise<Row[]>): Promise<void> {
  try {
    rows.push(...(await body()));
  } catch (error) {
    rows.push(failedRow(section, "", error));
  }
}

const RESULTS_PATH = join(REPO, "bench", "RESULTS.md");

/** bench/RESULTS.md only for a full run: every section and spec, not quick, at least 3 runs per side. */
function reportPath(settings: Settings): string {
  const { quick, sections, specs, plan } = settings;
  const complete = !quick && sections.size === SECTIONS.length && specs.length === SPECS.length && plan.runs >= 3;
  return complete ? RESULTS_PATH : scratchPath(`RESULTS.${quick ? "quick" : "partial"}.md`);
}

/** Type-check alone still needs the generated outputs, but not timed generation. */
async function generationRows(settings: Settings, notes: string[]) {
  const { plan, sections, specs } = settings;
  const timed = sections.has("generation");
  const result = await benchGeneration(timed ? plan : { runs: 1, warmup: 0 }, specs, notes);
  if (!timed) return { rows: [], outputs: result.outputs };
  const rows = [...result.rows, ...(await benchCachedGenerate(plan))];
  const stripe = specs.find((spec) => spec.id === "stripe-full");
  if (stripe) rows.push(await benchOneComponentEdit(plan, stripe));
  return { rows, outputs: result.outputs };
}

function buildDist(notes: string[]): void {
  buildMeasuredCli();
  notes.push(
    "Our CLI is measured as installed users run it: `node dist/cli/main.js` (what bin/ imports), built from this checkout by `npm run build` at the start of the bench; `node cli/main.ts` runs the same code from source, plus Node's type stripping of every module in each thread (about 0.1 s at start-up and 0.2 s in the validator worker).",
  );
}

async function main(): Promise<void> {
  const settings = settingsFromEnv(process.env);
  const { plan, sections } = settings;
  const started = new Date();
  const loadAtStart = loadavg()[0]!;
  const rows: Row[] = [];
  const notes: string[] = [];
  let outputs: GeneratedOutput[] = [];
  console.error(`bench: ${plan.warmup} warm-up + ${plan.runs} runs per side; sections: ${[...sections].join(", ")}`);
  buildDist(notes);
  if (sections.has("generation") || sections.has("typecheck")) {
    await guarded("Generation", rows, async () => {
      const result = await generationRows(settings, notes);
      outputs = result.outputs;
      return result.rows;
    });
  }
  if (sections.has("typecheck")) await guarded("Type-check", rows, () => benchTypecheck(plan, outputs, notes));
  if (sections.has("validation")) {
    await guarded("Validation", rows, () => benchBulkValidate(plan, { megabytes: settings.ndjsonMegabytes }, notes));
    await guarded("Validation", rows, () => benchValidatorCalls(plan));
  }
  if (sections.has("client")) {
    await guarded("Client", rows, () => benchClient(plan, notes));
    await guarded("Client", rows, () => benchBundleSize());
  }
  if (sections.has("webhooks")) await guarded("Webhooks", rows, () => benchWebhooks(plan, notes));
  const path = reportPath(settings);
  writeReport(path, rows, {
    runs: plan.runs,
    warmup: plan.warmup,
    quick: settings.quick,
    peakRssMethod,
    started,
    loadAtStart,
    notes,
  });
  if (path === RESULTS_PATH) formatCommittedReport(path);
  console.log(renderTable(rows));
  console.error(`\nwrote ${path}`);
}

await main();
