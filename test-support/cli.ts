// Runs the CLI (or Node itself) the way tests need it: as a child process on the project's pinned
// Node, so stderr is exactly what a user sees, or in this process when only speed matters.
import { spawn, spawnSync } from "node:child_process";
import { vi } from "vitest";
import { REPO_ROOT, repoPath } from "./repo.ts";

/** The Node the project pins (the `node` devDependency), the one `npm test` and `npm run …` use. */
export const NODE = repoPath("node_modules/.bin/node");
const CLI = repoPath("cli/main.ts");

export interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Working folder of the child process; the repository root by default. */
  readonly cwd?: string;
  /** Node flags before the script, e.g. a heap cap. */
  readonly nodeOptions?: readonly string[];
  /** Environment changes for the child process; undefined removes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Call the CLI's main() in this process instead, capturing what it prints: no process start-up,
   * but no cwd or Node flags either, and module state is shared with the test.
   */
  readonly inProcess?: boolean;
}

/** `node <args>` as a child process; resolves when it exits, whatever the exit code. */
export function runNode(
  args: readonly string[],
  options: { readonly cwd?: string; readonly env?: CliOptions["env"] } = {},
): Promise<ProcessRun> {
  const env = Object.fromEntries(
    Object.entries({ ...process.env, ...options.env }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE, args, { cwd: options.cwd ?? REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("close", (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** `stripe-events-contract <args>`. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<ProcessRun> {
  if (!options.inProcess)
    return runNode([...(options.nodeOptions ?? []), CLI, ...args], { cwd: options.cwd, env: options.env });
  if (options.cwd !== undefined || options.nodeOptions !== undefined || options.env !== undefined)
    throw new Error("runCli: cwd, env and nodeOptions need a child process; drop inProcess");
  return runMainInProcess(args);
}

/**
 * The blocking form of runCli, for tests written before it was asynchronous. Same command, same
 * Node; prefer runCli in new tests.
 */
export function runCliSync(args: readonly string[], cwd: string = REPO_ROOT): ProcessRun {
  const result = spawnSync(NODE, [CLI, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function runMainInProcess(args: readonly string[]): Promise<ProcessRun> {
  const { main } = await import("../cli/main.ts");
  const output = { stdout: "", stderr: "" };
  const append = (stream: keyof typeof output, text: string): void => {
    output[stream] += text;
  };
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    append("stdout", String(chunk));
    return true;
  });
  const log = vi.spyOn(console, "log").mockImplementation((...parts) => append("stdout", `${parts.join(" ")}\n`));
  const error = vi.spyOn(console, "error").mockImplementation((...parts) => append("stderr", `${parts.join(" ")}\n`));
  try {
    const code = await main([...args]);
    return { code, ...output };
  } finally {
    write.mockRestore();
    log.mockRestore();
    error.mockRestore();
  }
}

/** `    at foo (file:1:2)`: a raw stack frame, which users must never see without --debug. */
export function hasStackFrames(text: string): boolean {
  return /^\s+at .+/m.test(text);
}

/** Arguments that make a temp output type-check against this checkout's runtime. */
export function typeCheckableOutputArgs(out: string): string[] {
  return ["--out", out, "--import-extension", ".ts", "--runtime-import", repoPath("runtime/index.ts")];
}
