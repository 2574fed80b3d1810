// What the adoption script (scripts/adopt.ts) needs besides its steps: running a command with its
// output kept, failing with that output, timing named steps, and measuring an install.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export function sh(command: string, args: readonly string[], options: RunOptions): Run {
  const env = Object.fromEntries(
    Object.entries({ ...process.env, ...options.env }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const result = spawnSync(command, args, { cwd: options.cwd, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The run, when it exited as wanted; otherwise an error carrying its output. */
export function expectExit(run: Run, code: number, what: string): Run {
  if (run.code === code) return run;
  throw new Error(`${what}: exit ${run.code}, wanted ${code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`);
}

export function expectOutput(run: Run, text: string | RegExp, what: string): void {
  const output = `${run.stdout}\n${run.stderr}`;
  const found = typeof text === "string" ? output.includes(text) : text.test(output);
  if (!found) throw new Error(`${what}: the output lacks ${String(text)}\n${output}`);
}

/** Runs named steps in order, printing each with its time; the first failure stops the run. */
export class Steps {
  readonly #started = performance.now();

  async run<T>(name: string, body: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await body();
      console.log(`✔ ${name} (${seconds(started)})`);
      return result;
    } catch (error) {
      console.log(`✖ ${name} (${seconds(started)})`);
      throw error;
    }
  }

  get wallTime(): string {
    return seconds(this.#started);
  }
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/** Apparent size of a node_modules folder and how many packages it holds (nested ones included). */
export function installSize(nodeModules: string): { bytes: number; packages: number } {
  let bytes = 0;
  let packages = 0;
  for (const entry of readdirSync(nodeModules, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    bytes += statSync(path).size;
    if (entry.name === "package.json" && /(^|\/)node_modules\/(@[^/]+\/)?[^/@]+$/.test(entry.parentPath)) packages++;
  }
  return { bytes, packages };
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}
