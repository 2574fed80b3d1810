// Issues 6 §2 and 14: `tsc --noEmit` on our generated output next to the same on
// openapi-typescript's output for the same spec, with TypeScript 5.9 and TypeScript 7.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedOutput } from "./bench-generation.ts";
import { interleave, type ProcessSample, pairedRatio, type RunPlan, runProcess, stats } from "./measure.ts";
import { megabytes, type Row, ratio, seconds, verdict } from "./report.ts";
import { freshDir, NODE, TOOLS, writeTsconfig } from "./workspace.ts";

interface Compiler {
  label: string;
  bin: string;
  /** Issue 14's target for this compiler: our output may cost this much of openapi-typescript's. */
  target: number;
  /** Issue 6's earlier target, shown beside it (5.9 only). */
  issue6Target?: number;
  /**
   * Measured runs per side at least: on the small specs the two sides differ by a few percent of a
   * 0.15 s (7) or 0.6 s (5.9) process, so three runs left the verdicts to the noise.
   */
  minRuns: number;
}

const COMPILERS: readonly Compiler[] = [
  { label: "TypeScript 5.9 tsc", bin: TOOLS.tsc5, target: 1.05, issue6Target: 0.8, minRuns: 7 },
  { label: "TypeScript 7 tsc (native)", bin: TOOLS.tsc7, target: 1.0, minRuns: 11 },
];

/** tsc prints one "file(line,col): error TSxxxx" line per diagnostic (no --pretty when piped). */
export function countErrors(sample: ProcessSample): number {
  return (sample.stdout.match(/error TS\d+/g) ?? []).length;
}

export async function benchTypecheck(
  plan: RunPlan,
  outputs: readonly GeneratedOutput[],
  notes: string[],
): Promise<Row[]> {
  notes.push(
    "Type-check: at least 7 runs per side with TypeScript 5.9 and 11 with 7 (the small specs' rows differ by a few percent of a 0.6 s or 0.15 s process). Ours covers every .ts file we generate (types, operations, client, validators facade, validators.compiled.d.ts) and the runtime they import (see the generation note for which runtime); the peer is openapi-typescript's single file. Both with a strict NodeNext tsconfig, skipLibCheck, `tsc -p <config> --noEmit --pretty false`; error counts are `error TS` lines.",
  );
  const rows: Row[] = await baselineRows(plan);
  for (const output of outputs.filter((candidate) => candidate.spec.typecheck)) {
    // Our output is several files (types, operations, client, validators facade + .d.ts); all are
    // what a consumer compiles. The compiled validators .js is not type-checked (no allowJs).
    // The scratch folder lies inside this package, so "stripe-events-contract/runtime" resolves.
    const ourFiles = readdirSync(output.oursDir)
      .filter((file) => file.endsWith(".ts"))
      .map((file) => join(output.oursDir, file));
    const oursConfig = writeTsconfig(freshDir("typecheck", output.spec.id, "ours"), ourFiles);
    const peerConfig = writeTsconfig(freshDir("typecheck", output.spec.id, "peer"), [output.peerFile]);
    for (const compiler of COMPILERS) {
      console.error(`  type-check: ${output.spec.label} with ${compiler.label}`);
      const run = (config: string) => () => runTsc(compiler, config);
      const result = await interleave(compilerPlan(plan, compiler), run(oursConfig), run(peerConfig));
      rows.push(typecheckRow(output, compiler, result.a, result.b));
    }
  }
  return rows;
}

function runTsc(compiler: Compiler, config: string): Promise<ProcessSample> {
  return runProcess({ command: NODE, args: [compiler.bin, "-p", config, "--noEmit", "--pretty", "false"] });
}

function compilerPlan(plan: RunPlan, compiler: Compiler): RunPlan {
  return { ...plan, runs: Math.max(plan.runs, compiler.minRuns) };
}

/**
 * tsc on a one-line file with the same tsconfig: loading lib.*.d.ts and @types/node is a fixed cost
 * in every row, and it bounds how low a ratio can go on small specs.
 */
async function baselineRows(plan: RunPlan): Promise<Row[]> {
  const dir = freshDir("typecheck", "baseline");
  const file = join(dir, "one-line.ts");
  writeFileSync(file, "export const one = 1;\n");
  const config = writeTsconfig(dir, [file]);
  const rows: Row[] = [];
  for (const compiler of COMPILERS) {
    const samples: number[] = [];
    const { warmup, runs } = compilerPlan(plan, compiler);
    for (let i = 0; i < warmup + runs; i++) {
      const sample = await runTsc(compiler, config);
      if (i >= warmup) samples.push(sample.ms);
    }
    rows.push({
      section: "Type-check",
      name: `baseline: ${compiler.label} on a one-line file, same tsconfig (fixed cost inside every type-check row)`,
      ours: seconds(stats(samples)),
      peer: "—",
      ratio: "—",
      target: "—",
      verdict: "info",
    });
  }
  return rows;
}

function typecheckRow(output: GeneratedOutput, compiler: Compiler, ours: ProcessSample[], peer: ProcessSample[]): Row {
  const o = stats(ours.map((sample) => sample.ms));
  const p = stats(peer.map((sample) => sample.ms));
  const value = pairedRatio(o.samples, p.samples);
  const errors = (samples: ProcessSample[]) => countErrors(samples[0]!);
  const clean = errors(ours) === 0 && errors(peer) === 0;
  const cell = (s: ReturnType<typeof stats>, samples: ProcessSample[]) =>
    `${seconds(s)}, ${errors(samples)} errors, peak RSS ${megabytes(Math.max(...samples.map((x) => x.peakRssKb)))}`;
  return {
    section: "Type-check",
    name: `${output.spec.label}: ${compiler.label} --noEmit on our output vs openapi-typescript's, time ratio`,
    ours: cell(o, ours),
    peer: cell(p, peer),
    ratio: ratio(value),
    target: `≤ ${compiler.target}× (issue 14${compiler.issue6Target ? `; issue 6: ≤ ${compiler.issue6Target}×` : ""}) and 0 errors`,
    verdict: verdict(value <= compiler.target && clean),
  };
}
