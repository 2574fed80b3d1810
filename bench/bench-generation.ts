// Issue 6 §1: our whole `generate` process (types + client + validators, no --openapi-typescript)
// next to openapi-typescript's whole process (types only), on each spec, plus the cached re-run.

import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import {
  assertOk,
  compareProcesses,
  type ProcessSample,
  pairedRatio,
  type RunPlan,
  runProcess,
  stats,
} from "./measure.ts";
import { failedRow, megabytes, type Row, ratio, seconds, verdict } from "./report.ts";
import { freshDir, NODE, REPO, runtimeImport, scratchPath, TOOLS } from "./workspace.ts";

export interface BenchSpec {
  /** Short id used for scratch folders. */
  id: string;
  label: string;
  /** Our CLI's input flags for this spec. */
  ourInput: string[];
  /** openapi-typescript's input file, written once before timing (it has no overlay support). */
  peerInput: () => Promise<string>;
  /** Target ratio for generation, where issue 6 sets one. */
  generationTarget?: number;
}

export const SPECS: readonly BenchSpec[] = [
  {
    id: "stripe-v1",
    label: "Stripe v1 Events API (spec + overlay)",
    ourInput: [
      "--spec",
      join(REPO, "specs/stripe-events-api-openapi.yml"),
      "--overlay",
      join(REPO, "specs/stripe-events-api.overlay.yml"),
    ],
    peerInput: () =>
      repairedSpec(
        join(REPO, "specs/stripe-events-api-openapi.yml"),
        join(REPO, "specs/stripe-events-api.overlay.yml"),
      ),
  },
  {
    id: "stripe-v2",
    label: "Stripe v2 core events",
    ourInput: ["--spec", join(REPO, "specs/stripe-v2-core-events-openapi.yml")],
    peerInput: async () => join(REPO, "specs/stripe-v2-core-events-openapi.yml"),
  },
  {
    id: "github",
    label: "GitHub REST (api.github.com.json, 13 MB)",
    ourInput: ["--spec", TOOLS.githubSpec],
    peerInput: async () => TOOLS.githubSpec,
    generationTarget: 1.0,
  },
];

/**
 * The raw v1 spec has $refs that only our overlay defines, so openapi-typescript cannot read it.
 * The peer gets the spec with the overlay already applied (by our own repair stage, untimed),
 * as YAML like the original; our timed run still applies the overlay itself.
 */
async function repairedSpec(spec: string, overlay: string): Promise<string> {
  const { loadRepairedSpecs } = await import("../generator/load-model.ts");
  const [repaired] = await loadRepairedSpecs([{ spec, overlay }]);
  const path = scratchPath("generation", "stripe-events-api.repaired.yml");
  writeFileSync(path, stringify(repaired!.document));
  return path;
}

/** Where the last measured run of each side left its output, for the type-check benchmark. */
export interface GeneratedOutput {
  spec: BenchSpec;
  oursDir: string;
  peerFile: string;
}

export async function benchGeneration(
  plan: RunPlan,
  specs: readonly BenchSpec[],
  notes: string[],
): Promise<{ rows: Row[]; outputs: GeneratedOutput[] }> {
  notes.push(
    `Generation: ours is \`node cli/main.ts generate --spec … [--overlay …] --out <empty dir> --import-extension .ts\` (no --openapi-typescript) with ${runtimeImport().note}; the peer is \`node node_modules/openapi-typescript/bin/cli.js <spec> -o <file>\` (it cannot apply overlays, so for the v1 spec it reads a copy with our overlay already applied, written before timing; our timed run applies the overlay itself). Both whole processes, same Node, each run into an empty output. The target applies to wall time; CPU time (user + sys) is shown because our generator spreads work over two threads.`,
    "Before this project: openapi-typescript took 2.2 s on Stripe's full spec and 4.9 s on GitHub's (whole process, same machine type). Stripe's full spec is not in this repo; our Stripe specs are the Events subset.",
  );
  const rows: Row[] = [];
  const outputs: GeneratedOutput[] = [];
  for (const spec of specs) {
    try {
      const { row, output } = await benchSpec(plan, spec);
      rows.push(row);
      outputs.push(output);
    } catch (error) {
      rows.push(failedRow("Generation", `${spec.label}: `, error));
    }
  }
  return { rows, outputs };
}

async function benchSpec(plan: RunPlan, spec: BenchSpec): Promise<{ row: Row; output: GeneratedOutput }> {
  const dir = freshDir("generation", spec.id);
  const oursDir = join(dir, "ours");
  const peerFile = join(dir, "openapi-typescript.ts");
  // Each run starts from an empty output folder so the content-hash cache never short-circuits it.
  const ours = {
    command: NODE,
    args: [
      TOOLS.cli,
      "generate",
      ...spec.ourInput,
      "--out",
      oursDir,
      "--import-extension",
      ".ts",
      ...runtimeImport().args,
    ],
    prepare: () => rmSync(oursDir, { recursive: true, force: true }),
  };
  const peer = {
    command: NODE,
    args: [TOOLS.openapiTypescript, await spec.peerInput(), "-o", peerFile],
    prepare: () => rmSync(peerFile, { force: true }),
  };
  console.error(`  generation: ${spec.label}`);
  const result = await compareProcesses(plan, ours, peer, `generate ${spec.label}`);
  return { row: generationRow(spec, result.ours, result.theirs), output: { spec, oursDir, peerFile } };
}

function generationRow(spec: BenchSpec, ours: ProcessSample[], peer: ProcessSample[]): Row {
  const o = stats(ours.map((sample) => sample.ms));
  const p = stats(peer.map((sample) => sample.ms));
  const value = pairedRatio(o.samples, p.samples);
  const rss = (samples: ProcessSample[]) => megabytes(Math.max(...samples.map((sample) => sample.peakRssKb)));
  const cpuMedian = (samples: ProcessSample[]) => stats(samples.map((sample) => sample.cpuMs)).median;
  const cpu = (samples: ProcessSample[]) =>
    Number.isNaN(cpuMedian(samples)) ? "CPU n/a" : `CPU ${(cpuMedian(samples) / 1000).toFixed(2)} s`;
  const target = spec.generationTarget;
  return {
    section: "Generation",
    name: `${spec.label}: our generate (types + client + validators) vs openapi-typescript (types only), whole process, time ratio`,
    ours: `${seconds(o)}, ${cpu(ours)}, peak RSS ${rss(ours)}`,
    peer: `${seconds(p)}, ${cpu(peer)}, peak RSS ${rss(peer)}`,
    ratio: `${ratio(value)} (CPU ${ratio(
      pairedRatio(
        ours.map((sample) => sample.cpuMs),
        peer.map((sample) => sample.cpuMs),
      ),
    )})`,
    target: target === undefined ? "—" : `≤ ${target.toFixed(1)}×, output 0 tsc errors (Type-check rows)`,
    verdict: verdict(target === undefined ? undefined : value <= target),
  };
}

/**
 * The unchanged-tree re-run: the project's own config, generated once into a scratch folder, then
 * timed again and again (every measured run is a "second" run and must report "up to date").
 * `npm run generate` is timed too, since that is what people type; npm's own start-up is in it.
 */
export async function benchCachedGenerate(plan: RunPlan): Promise<Row[]> {
  const out = freshDir("cached-generate");
  const cliArgs = [TOOLS.cli, "generate", "--out", out];
  assertOk(await runProcess({ command: NODE, args: cliArgs, cwd: REPO }), "first generate");
  const cli = await timeUnchanged(plan, { command: NODE, args: cliArgs, cwd: REPO });
  const npm = await timeUnchanged(plan, {
    command: "npm",
    args: ["run", "--silent", "generate", "--", "--out", out],
    cwd: REPO,
  });
  const row = (name: string, s: ReturnType<typeof stats>): Row => ({
    section: "Generation",
    name,
    ours: seconds(s),
    peer: "—",
    ratio: "—",
    target: "< 0.5 s",
    verdict: verdict(s.median < 500),
  });
  return [
    row("unchanged specs, second run: `node cli/main.ts generate` (content-hash cache hit)", cli),
    row("unchanged specs, second run: `npm run generate` (includes npm's start-up)", npm),
  ];
}

async function timeUnchanged(
  plan: RunPlan,
  spec: { command: string; args: string[]; cwd: string },
): Promise<ReturnType<typeof stats>> {
  const samples: number[] = [];
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const sample = assertOk(await runProcess(spec), "cached generate");
    if (!/up to date/.test(sample.stdout))
      throw new Error(`expected a cache hit, got: ${sample.stdout}${sample.stderr}`);
    if (i >= plan.warmup) samples.push(sample.ms);
  }
  return stats(samples);
}
