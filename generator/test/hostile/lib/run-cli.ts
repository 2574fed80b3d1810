// Runs the CLI as a user would: a child process on the project's pinned Node, so stderr is exactly
// what a user sees (no test-runner formatting, no in-process module state).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const NODE = `${REPO_ROOT}node_modules/.bin/node`;
const CLI = `${REPO_ROOT}cli/main.ts`;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE, [CLI, ...args], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.once("error", reject);
    child.once("close", (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** `    at foo (file:1:2)`: a raw stack frame, which users must never see without --debug. */
export function hasStackFrames(text: string): boolean {
  return /^\s+at .+/m.test(text);
}

/** Arguments that make a temp output type-check against this checkout's runtime. */
export function typeCheckableOutputArgs(out: string): string[] {
  return ["--out", out, "--import-extension", ".ts", "--runtime-import", `${REPO_ROOT}runtime/index.ts`];
}
