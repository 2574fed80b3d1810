// Shared by the generator's tests: run the real CLI as a child process, and make temp specs.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { vi } from "vitest";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = join(REPO, "cli/main.ts");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = REPO): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = "sec-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (relative path → content) into a new temp folder and returns it. */
export function writeTree(files: Record<string, string | Buffer>): string {
  const root = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A minimal valid OpenAPI 3.0 document with the given component schemas and one operation. */
export function specWithSchemas(schemas: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: `#/components/schemas/${Object.keys(schemas)[0]}` } } },
            },
          },
        },
      },
    },
    components: { schemas },
    ...extra,
  });
}

/** Runs the CLI's main() in this process (no child process), capturing what it prints. */
export async function runCliInProcess(args: string[]): Promise<CliResult & { code: number }> {
  const { main } = await import("../../cli/main.ts");
  const output = { stdout: "", stderr: "" };
  const append = (stream: keyof typeof output, text: string): void => {
    output[stream] += text;
  };
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    append("stdout", String(chunk));
    return true;
  });
  const log = vi.spyOn(console, "log").mockImplementation((...parts) => append("stdout", `${parts.join(" ")}\n`));
  const error = vi.spyOn(console, "error").mockImplementation((...parts) => append("stderr", `${parts.join(" ")}\n`));
  try {
    const code = await main(args);
    return { code, ...output };
  } finally {
    out.mockRestore();
    log.mockRestore();
    error.mockRestore();
  }
}
