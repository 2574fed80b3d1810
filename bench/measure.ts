// Repeat / median / min / max, and whole-process timing with peak RSS. The machine is shared and
// noisy, so every comparison runs ours and the peer's measurements interleaved (alternating which
// goes first) and only the ratio from the same run is reported as a target figure.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Stats {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, samples: [...samples] };
}

/**
 * Median of the per-run ratios ours[i] / peer[i]. Runs i of both sides were taken back to back,
 * so each ratio saw the same machine load; under drifting load this is steadier than
 * median(ours) / median(peer).
 */
export function pairedRatio(ours: readonly number[], peer: readonly number[]): number {
  if (ours.length !== peer.length) throw new Error("paired samples must have the same length");
  return stats(ours.map((value, i) => value / peer[i]!)).median;
}

export interface RunPlan {
  /** Measured runs per side (issue 6 asks for at least 5). */
  runs: number;
  /** Unrecorded runs per side first, so disk cache and JIT are warm for both. */
  warmup: number;
}

/**
 * Runs `a` and `b` alternately (a b, b a, a b, …) so drift in machine load hits both sides alike.
 * Returns the samples each function reported (e.g. milliseconds or ops/s).
 */
export async function interleave<A, B>(
  plan: RunPlan,
  a: () => Promise<A>,
  b: () => Promise<B>,
): Promise<{ a: A[]; b: B[] }> {
  for (let i = 0; i < plan.warmup; i++) {
    await a();
    await b();
  }
  const out = { a: [] as A[], b: [] as B[] };
  for (let i = 0; i < plan.runs; i++) {
    if (i % 2 === 0) {
      out.a.push(await a());
      out.b.push(await b());
    } else {
      out.b.push(await b());
      out.a.push(await a());
    }
  }
  return out;
}

export interface ProcessSample {
  ms: number;
  /** Peak resident set size in kB (VmHWM / GNU time %M). */
  peakRssKb: number;
  /**
   * User + system CPU time (GNU time %U + %S), NaN when polling /proc instead. Less sensitive to
   * other load than wall time, and it shows work that threads spread over both cores.
   */
  cpuMs: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ProcessSpec {
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Run before every sample (e.g. delete the previous output) and not timed. */
  prepare?: () => void;
}

const GNU_TIME = "/usr/bin/time";

/** Whether GNU time can report peak RSS here; otherwise we poll /proc/<pid>/status ourselves. */
const USE_GNU_TIME = hasGnuTime();

/** How peak RSS (and CPU time) are taken, for the report. */
export const peakRssMethod = USE_GNU_TIME ? 'GNU time -f "%M %U %S"' : "/proc/<pid>/status VmHWM polling (no CPU time)";

function hasGnuTime(): boolean {
  if (!existsSync(GNU_TIME)) return false;
  // busybox time has no -f; probe once with a trivial command.
  try {
    const dir = mkdtempSync(join(tmpdir(), "bench-time-"));
    const file = join(dir, "out");
    const probe = spawnSync(GNU_TIME, ["-f", "%M", "-o", file, "true"], { stdio: "ignore" });
    const ok = probe.status === 0 && /^\d+\s*$/.test(readFileSync(file, "utf8"));
    rmSync(dir, { recursive: true, force: true });
    return ok;
  } catch {
    return false;
  }
}

/** Times one whole process, wall clock from spawn to exit, and its peak RSS. */
export async function runProcess(spec: ProcessSpec): Promise<ProcessSample> {
  spec.prepare?.();
  return USE_GNU_TIME ? runWithGnuTime(spec) : runWithPolling(spec);
}

async function runWithGnuTime(spec: ProcessSpec): Promise<ProcessSample> {
  const dir = mkdtempSync(join(tmpdir(), "bench-time-"));
  const file = join(dir, "rss");
  try {
    const result = await spawnTimed(
      GNU_TIME,
      ["-f", "%M %U %S", "-o", file, spec.command, ...spec.args],
      spec,
      () => {},
    );
    // A failing command makes GNU time write "Command exited with non-zero status N" first.
    const [rss, user, system] = readFileSync(file, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
    return { ...result, peakRssKb: rss!, cpuMs: (user! + system!) * 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runWithPolling(spec: ProcessSpec): Promise<ProcessSample> {
  let peak = 0;
  const result = await spawnTimed(spec.command, spec.args, spec, (pid) => {
    try {
      const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) peak = Math.max(peak, Number(match[1]));
    } catch {
      // the process may have exited between polls
    }
  });
  return { ...result, peakRssKb: peak, cpuMs: Number.NaN };
}

function spawnTimed(
  command: string,
  args: readonly string[],
  spec: ProcessSpec,
  poll: (pid: number) => void,
): Promise<Omit<ProcessSample, "peakRssKb" | "cpuMs">> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: spec.cwd,
      env: spec.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    const timer = setInterval(() => child.pid !== undefined && poll(child.pid), 20);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      resolvePromise({
        ms,
        exitCode: code ?? -1,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      });
    });
  });
}

/** Throws with the process output when a benchmarked command fails: a failing run has no meaningful time. */
export function assertOk(sample: ProcessSample, what: string): ProcessSample {
  if (sample.exitCode !== 0)
    throw new Error(`${what} exited with ${sample.exitCode}:\n${sample.stderr || sample.stdout}`.slice(0, 4000));
  return sample;
}

/** Interleaves two whole-process measurements; each side's samples keep time and peak RSS. */
export async function compareProcesses(
  plan: RunPlan,
  ours: ProcessSpec,
  theirs: ProcessSpec,
  label: string,
): Promise<{ ours: ProcessSample[]; theirs: ProcessSample[] }> {
  const result = await interleave(
    plan,
    async () => assertOk(await runProcess(ours), `${label} (ours)`),
    async () => assertOk(await runProcess(theirs), `${label} (peer)`),
  );
  return { ours: result.a, theirs: result.b };
}
