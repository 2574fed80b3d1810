// Where the benchmark keeps its scratch files and which executables it runs. Scratch lives under the
// repo (.cache/ is gitignored) rather than /tmp so generated code resolves node_modules, @types/node
// and the runtime exactly as it does in the project.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SCRATCH = join(REPO, ".cache", "bench");

/** The Node running the bench (Node 24 via `npm run bench`), reused for every child process. */
export const NODE = process.execPath;

export const TOOLS = {
  /** The CLI as installed users run it (bin/ imports dist/cli/main.js); bench/run.ts builds dist/ first. */
  cli: join(REPO, "dist", "cli", "main.js"),
  openapiTypescript: join(REPO, "node_modules", "openapi-typescript", "bin", "cli.js"),
  tsc5: join(REPO, "node_modules", "typescript", "bin", "tsc"),
  tsc7: join(REPO, "node_modules", "typescript-7", "bin", "tsc"),
  biome: join(REPO, "node_modules", "@biomejs", "biome", "bin", "biome"),
  githubSpec: join(REPO, "node_modules", "@octokit", "openapi", "generated", "api.github.com.json"),
  runtimeIndex: join(REPO, "runtime", "index.ts"),
} as const;

/** The measured CLI is the one users install, dist/ (bin/ imports it), built here from this checkout's sources. */
export function buildMeasuredCli(): void {
  console.error("  building dist/ (npm run build)");
  execFileSync(NODE, [join(REPO, "scripts", "build.ts")], { stdio: ["ignore", "ignore", "inherit"] });
}

/**
 * The runtime import the generated code should use. Consumers get the published runtime
 * ("stripe-events-contract/runtime" → dist/runtime/*.d.ts, which skipLibCheck skips), and our
 * scratch folder lies inside the package, so that name resolves through package.json "exports"
 * once `npm ci` has built dist/. Without dist/ we fall back to the runtime's sources, which tsc
 * then type-checks as part of our output (slower, and said so in the report).
 */
export function runtimeImport(): { args: string[]; note: string } {
  if (existsSync(join(REPO, "dist", "runtime", "index.d.ts"))) {
    return {
      args: [],
      note: 'the default runtime import "stripe-events-contract/runtime" (resolves to the built dist/runtime/*.d.ts, as for a consumer)',
    };
  }
  return {
    args: ["--runtime-import", TOOLS.runtimeIndex],
    note: "--runtime-import runtime/index.ts (dist/ is not built, so tsc also checks the runtime's sources)",
  };
}

/** A fresh scratch folder (emptied if it exists). */
export function freshDir(...parts: string[]): string {
  const dir = join(SCRATCH, ...parts);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function scratchPath(...parts: string[]): string {
  const path = join(SCRATCH, ...parts);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/**
 * A strict tsconfig that type-checks only `files` (the generated output), like a consumer would:
 * NodeNext, .ts import extensions allowed, no emit, skipLibCheck, @types/node.
 */
export function writeTsconfig(dir: string, files: readonly string[]): string {
  const path = join(dir, "tsconfig.json");
  const config = {
    compilerOptions: {
      strict: true,
      target: "ES2023",
      lib: ["ES2023", "DOM"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      allowImportingTsExtensions: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
    },
    include: files.map((file) => relative(dir, file)),
  };
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return path;
}

/** The package.json version of an installed tool, for the report header. */
export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(REPO, "node_modules", name, "package.json"), "utf8")) as { version: string })
      .version;
  } catch {
    return "not installed";
  }
}
