// The whole adoption, as a new user would do it, in a temporary folder: pack both packages, install
// only the runtime package (its size is printed and must stay under 5 MB), make a fresh application,
// install both from the tarballs, `init`, `generate`, `contract` (recorded, then live against Prism),
// a plain `tsc` build that runs, a broken cassette failing with its pointer, and the CI workflow's
// jobs run with bash against a bare origin, including a pull request that adds an overlay.
//   node scripts/adopt.ts [--keep]      (run by scripts/adopt.test.ts; --keep leaves the folder)
// Dependencies come from the npm cache when they are there (--prefer-offline), else the registry.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expectExit, expectOutput, installSize, megabytes, type RunOptions, Steps, sh } from "./adopt-support.ts";
import { adoptWorkflow } from "./adopt-workflow.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MAX_RUNTIME_BYTES = 5e6;
const NPM_INSTALL = ["install", "--prefer-offline", "--no-audit", "--no-fund"];

/** npm's own variables (npm_config_local_prefix…) would point child npm runs back at this repository. */
const ENV: Record<string, string | undefined> = Object.fromEntries(
  Object.keys(process.env)
    .filter((key) => key.startsWith("npm_") || key === "INIT_CWD")
    .map((key) => [key, undefined]),
);
ENV.PATH = `${dirname(process.execPath)}:${process.env.PATH}`;

const run = (command: string, args: readonly string[], cwd: string, env: RunOptions["env"] = {}) =>
  sh(command, args, { cwd, env: { ...ENV, ...env } });

function pack(work: string): { full: string; runtime: string } {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] };
  const stage = join(work, "stage");
  for (const file of [...manifest.files.filter((name) => name !== "dist"), "package.json"])
    cpSync(join(ROOT, file), join(stage, "full", file), { recursive: true });
  expectExit(
    run(process.execPath, [join(ROOT, "scripts/build.ts"), join(stage, "full/dist"), join(stage, "runtime")], ROOT),
    0,
    "build",
  );
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  expectExit(
    run("npm", ["pack", "--ignore-scripts", "--pack-destination", tarballs], join(stage, "full")),
    0,
    "npm pack",
  );
  expectExit(run("npm", ["pack", "--pack-destination", tarballs], join(stage, "runtime")), 0, "npm pack (runtime)");
  const [full, runtime] = ["stripe-events-contract-0", "stripe-events-contract-runtime-"].map((prefix) =>
    join(tarballs, readdirSync(tarballs).find((name) => name.startsWith(prefix))!),
  );
  return { full: full!, runtime: runtime! };
}

function runtimeOnlyInstall(work: string, tarball: string): { bytes: number; packages: number } {
  const dir = join(work, "runtime-only");
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "runtime-only", private: true, type: "module" }));
  expectExit(run("npm", [...NPM_INSTALL, tarball], dir), 0, "npm install (runtime only)");
  const size = installSize(join(dir, "node_modules"));
  console.log(
    `  runtime-only install: ${size.packages} packages, ${megabytes(size.bytes)} in node_modules (limit ${megabytes(MAX_RUNTIME_BYTES)})`,
  );
  if (size.bytes > MAX_RUNTIME_BYTES)
    throw new Error(`the runtime-only install is ${megabytes(size.bytes)}, over 5 MB`);
  return size;
}

const APP_SOURCE = `import { createClient } from "./generated/client.js";
import { is, validate } from "./generated/validators.js";
import { signPayload, verifySignature } from "stripe-events-contract-runtime/webhooks";

const payload = JSON.stringify({ id: "evt_1", object: "event" });
const header = signPayload({ payload, secret: "whsec_app", timestamp: 1 });
const client = createClient({ apiKey: "sk_test_123", fetch: async () => new Response("{}") });
console.log(JSON.stringify({
  valid: validate("event", JSON.parse(payload)).valid,
  is: is("event", {}),
  signed: verifySignature(payload, header, "whsec_app", { now: 1 }).timestamp,
  client: typeof client.getEvents,
}));
`;

function createApp(work: string, tarballs: { full: string; runtime: string }): string {
  const app = join(work, "app");
  mkdirSync(join(app, "src"), { recursive: true });
  const pkg = {
    name: "my-app",
    private: true,
    type: "module",
    scripts: { build: "tsc -p ." },
    dependencies: { "stripe-events-contract-runtime": `file:${tarballs.runtime}` },
    devDependencies: { "stripe-events-contract": `file:${tarballs.full}`, "@types/node": "^24" },
  };
  const tsconfig = {
    compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true },
  };
  const compilerOptions = {
    ...tsconfig.compilerOptions,
    outDir: "out",
    rootDir: "src",
    skipLibCheck: true,
    types: ["node"],
  };
  writeFileSync(join(app, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(join(app, "tsconfig.json"), `${JSON.stringify({ compilerOptions, include: ["src"] }, null, 2)}\n`);
  writeFileSync(join(app, "src/app.ts"), APP_SOURCE);
  writeFileSync(join(app, ".gitignore"), "node_modules/\nout/\nreports/\n");
  return app;
}

function brokenCassette(app: string): void {
  const file = join(app, "contract-tests/cassettes/v1-event-retrieve-200.json");
  const original = readFileSync(file, "utf8");
  const cassette = JSON.parse(original);
  cassette.response.body.livemode = "yes";
  writeFileSync(file, JSON.stringify(cassette, null, 2));
  try {
    const result = expectExit(
      run("npm", ["run", "contract", "--", "--live", "none"], app),
      1,
      "contract on a broken cassette",
    );
    expectOutput(
      result,
      "✖ contract-tests/cassettes/v1-event-retrieve-200.json: getEventsId → 200 (schema event)",
      "broken cassette",
    );
    expectOutput(result, /at:\s+\/livemode/, "broken cassette pointer");
  } finally {
    writeFileSync(file, original);
  }
}

/** The README's supported settings: NodeNext (the build above), Bundler; and node10 refused with TS2307. */
function moduleSettings(app: string): void {
  const tsc = (...flags: string[]) => run("npx", ["tsc", "-p", ".", "--noEmit", ...flags], app);
  expectExit(tsc("--module", "preserve", "--moduleResolution", "bundler"), 0, "tsc with Bundler");
  expectExit(tsc("--module", "esnext", "--moduleResolution", "bundler"), 0, "tsc with ESNext + Bundler");
  const node10 = expectExit(tsc("--module", "esnext", "--moduleResolution", "node10"), 2, "tsc with node10");
  expectOutput(node10, "error TS2307: Cannot find module 'stripe-events-contract-runtime/webhooks'", "tsc with node10");
}

/** An older Node gets a message naming the version the CLI needs; the runtime package still runs on it. */
function oldNode(app: string, runtimeOnly: string): string {
  const old = ["/usr/bin/node", "/usr/local/bin/node", "/bin/node"].find((path) => {
    const version = sh(path, ["--version"], { cwd: app });
    return version.code === 0 && /^v(1\d|20|21|22\.(\d|1[0-7]))\./.test(version.stdout.trim());
  });
  if (old === undefined) return "no Node older than 22.18 on this machine: not checked";
  const cli = run(old, [join(app, "node_modules/stripe-events-contract/bin/stripe-events-contract.js"), "--help"], app);
  expectExit(cli, 1, "the CLI on an old Node");
  expectOutput(cli, "needs Node.js 22.18 or later", "the CLI on an old Node");
  const script =
    'const v = await import("stripe-events-contract-runtime/validators"); console.log(v.validate("event", {}).valid);';
  expectOutput(
    expectExit(run(old, ["--input-type=module", "-e", script], runtimeOnly), 0, "runtime on an old Node"),
    "false",
    "runtime",
  );
  return `${old} (${sh(old, ["--version"], { cwd: app }).stdout.trim()}): the CLI names 22.18; the runtime package runs`;
}

async function adopt(work: string, keep: boolean): Promise<void> {
  const steps = new Steps();
  const app = await install(work, steps);
  await useCommands(work, app, steps);
  const fakeGh = join(work, "bin");
  mkdirSync(fakeGh);
  writeFileSync(join(fakeGh, "gh"), '#!/usr/bin/env bash\necho "gh $*" >> "$(dirname "$0")/gh.log"\n');
  chmodSync(join(fakeGh, "gh"), 0o755);
  await adoptWorkflow({ app, origin: join(work, "origin.git"), steps, env: { ...ENV, PATH: `${fakeGh}:${ENV.PATH}` } });
  console.log(`Adoption passed: wall time ${steps.wallTime}${keep ? `; the folder is kept: ${work}` : ""}.`);
}

/** Both packages packed, the runtime alone installed and measured, then the application installed. */
async function install(work: string, steps: Steps): Promise<string> {
  const tarballs = await steps.run("npm pack: both packages", () => pack(work));
  await steps.run("runtime-only install (≤ 5 MB)", () => runtimeOnlyInstall(work, tarballs.runtime));
  const app = createApp(work, tarballs);
  await steps.run("fresh application: npm install from the tarballs", () =>
    expectExit(run("npm", NPM_INSTALL, app), 0, "npm install"),
  );
  const full = installSize(join(app, "node_modules"));
  console.log(
    `  application install with the full package (devDependency): ${full.packages} packages, ${megabytes(full.bytes)}`,
  );
  return app;
}

/** What a user runs: init, generate, contract (recorded, then live), their own build, a broken cassette. */
async function useCommands(work: string, app: string, steps: Steps): Promise<void> {
  const npmRun = (args: string[], code: number, what: string) =>
    expectExit(run("npm", ["run", ...args], app), code, what);
  await steps.run("stripe-events-contract init", () => {
    const result = expectExit(run("npx", ["stripe-events-contract", "init"], app), 0, "init");
    expectOutput(result, "created   .github/workflows/contract.yml", "init");
  });
  await steps.run("npm run generate", () => npmRun(["generate"], 0, "generate"));
  await steps.run("npm run contract (recorded only)", () => {
    const result = npmRun(["contract", "--", "--live", "none"], 0, "contract");
    expectOutput(result, /Contract suite: 28 passed, 0 failed, 1 skipped/, "contract");
  });
  await steps.run("npm run contract (recorded, then live against Prism)", () => {
    const result = npmRun(["contract", "--", "--live", "prism"], 0, "contract --live prism");
    expectOutput(result, /Contract suite: 39 passed, 0 failed, 0 skipped/, "contract --live prism");
  });
  await steps.run("tsc build (plain tsc, no allowJs) and run", () => {
    npmRun(["build"], 0, "tsc");
    const result = expectExit(run(process.execPath, ["out/app.js"], app), 0, "node out/app.js");
    expectOutput(result, '{"valid":false,"is":false,"signed":1,"client":"function"}', "the built app");
  });
  await steps.run("module/moduleResolution: Bundler type-checks, node10 does not (ESM only)", () =>
    moduleSettings(app),
  );
  await steps.run("a broken cassette fails with its pointer", () => brokenCassette(app));
  const node = await steps.run("an older Node", () => oldNode(app, join(work, "runtime-only")));
  console.log(`  ${node}`);
}

const keep = process.argv.includes("--keep");
const work = mkdtempSync(join(tmpdir(), "sec-adopt-"));
try {
  await adopt(work, keep);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(`The folder is kept for a look: ${work}`);
  process.exitCode = 1;
} finally {
  if (!keep && process.exitCode !== 1) rmSync(work, { recursive: true, force: true });
}
