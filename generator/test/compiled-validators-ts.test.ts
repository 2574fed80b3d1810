// An application that builds with plain `tsc --outDir` (no allowJs, no copy step) must get the
// precompiled validators into its output: with compiledValidators ".ts" they are a TypeScript source
// tsc compiles; with the default ".js" pair tsc leaves them behind (the twin, the symptom).
import { existsSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, runNode } from "../../test-support/cli.ts";
import { repoPath, SPEC_FILES } from "../../test-support/repo.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";

const app = tempFolder("tsc-build", { insideRepo: true });
afterAll(() => app.remove());

const TSCONFIG = {
  compilerOptions: {
    target: "ES2023",
    lib: ["ES2023", "DOM"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    outDir: "out",
    noEmitOnError: true,
    rootDir: "../../..",
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [repoPath("node_modules/@types")],
    // The runtime is compiled from this checkout's sources, as an installed package would bring it built.
    rewriteRelativeImportExtensions: true,
    allowImportingTsExtensions: true,
  },
  include: ["src"],
};

async function buildAndRun(mode: ".ts" | ".js") {
  const root = `${mode.slice(1)}-app`;
  app.writeAll({
    [`${root}/package.json`]: { type: "module" },
    [`${root}/tsconfig.json`]: TSCONFIG,
    [`${root}/src/app.ts`]:
      // schemaNames is typed over SchemaName in both variants: a string[] would not compile here.
      'import { type SchemaName, schemaNames, validate } from "./generated/validators.js";\nconst names: readonly SchemaName[] = schemaNames;\nconsole.log(validate("event", { id: 1 }).valid, names.includes("event"));\n',
  });
  const generated = await runCli([
    "generate",
    "--spec",
    SPEC_FILES.v1,
    "--overlay",
    SPEC_FILES.v1Overlay,
    "--out",
    app.at(root, "src/generated"),
    "--compiled-validators",
    mode,
    "--runtime-import",
    "../../../../../runtime/index.ts",
  ]);
  expect(generated.stderr).toBe("");
  const tsc = await runNode([repoPath("node_modules/typescript/bin/tsc"), "-p", app.at(root)]);
  expect(tsc.stdout).toBe("");
  const outDir = app.at(root, "out", app.path.slice(repoPath().length + 1), root, "src");
  return { src: app.at(root, "src/generated"), outDir, run: await runNode([`${outDir}/app.js`]) };
}

describe("compiled validators in an ordinary tsc build", () => {
  it('".ts": validators.compiled.ts (@ts-nocheck) is compiled into outDir and the app runs', async () => {
    const { src, outDir, run } = await buildAndRun(".ts");
    expect(readFileSync(`${src}/validators.compiled.ts`, "utf8").split("\n")[0]).toBe("// @ts-nocheck");
    expect([existsSync(`${src}/validators.compiled.js`), existsSync(`${src}/validators.compiled.d.ts`)]).toEqual([
      false,
      false,
    ]);
    expect(existsSync(`${outDir}/generated/validators.compiled.js`)).toBe(true);
    expect(run).toMatchObject({ code: 0, stdout: "false true\n" });
  }, 60_000);

  it('".js" (the default pair): tsc leaves validators.compiled.js behind and the app cannot start (the twin)', async () => {
    const { outDir, run } = await buildAndRun(".js");
    expect(existsSync(`${outDir}/generated/validators.compiled.js`)).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("validators.compiled.js");
  }, 60_000);

  it.each([[["--compiled-validators", ".tsx"], 2, "--compiled-validators must be .ts or .js"]])(
    "%j → exit %i",
    async (args, code, message) => {
      const result = await runCli(["generate", "--spec", SPEC_FILES.v2, "--out", app.at("x"), ...args]);
      expect(result.code).toBe(code);
      expect(result.stderr).toContain(message);
    },
  );

  it("the config refuses another value, naming its place", async () => {
    app.write("bad-config/stripe-events-contract.config.json", {
      specs: [{ spec: SPEC_FILES.v2 }],
      compiledValidators: "ts",
    });
    const result = await runCli(["generate"], { cwd: app.at("bad-config") });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'stripe-events-contract.config.json (at #/compiledValidators): must be ".ts" or ".js", got "ts"',
    );
  });
});
