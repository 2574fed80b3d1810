// Generated code is compiled into users' programs, so it may contain no way to run a string as
// code or to load a module we did not choose. Checked on generated/ and on the output of every
// corpus spec that generates (hostile text included).
import { existsSync, readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { type TempFolder, tempFolder } from "../../test-support/temp-folder.ts";
import { loadProjectConfig } from "../config.ts";
import { DEFAULT_RUNTIME_IMPORT, formatsModule } from "../emit/runtime-imports.ts";
import { generate } from "../pipeline.ts";
import { expectations } from "./hostile/expectations.ts";
import { readGeneratedSources } from "./hostile/lib/generated-files.ts";
import { findUnsafeCode, type ImportPolicy } from "./hostile/lib/unsafe-code.ts";

// The helpers ajv's standalone code may import (node_modules/ajv/dist/runtime/*). Nothing else
// from ajv, and no other package, may appear in generated code.
const AJV_RUNTIME_HELPERS = [
  "equal",
  "parseJson",
  "quote",
  "re2",
  "timestamp",
  "ucs2length",
  "uri",
  "validation_error",
].map((name) => `ajv/dist/runtime/${name}.js`);

// Specs that openapi-typescript cannot render (see the corpus case
// prototype-method-names-with-openapi-typescript.yml); their other outputs are still checked.
const BREAKS_OPENAPI_TYPESCRIPT = new Set(["prototype-method-names.yml"]);

const CORPUS = fileURLToPath(new URL("./hostile/corpus/", import.meta.url));
const GENERATED = join(REPO_ROOT, "generated");

function policyFor(outDir: string, runtimeImport: string, fileName: string): ImportPolicy {
  return {
    allowed: new Set([runtimeImport, formatsModule(runtimeImport), ...AJV_RUNTIME_HELPERS]),
    isGeneratedFile: (specifier) => {
      const target = posix.join(posix.dirname(fileName), specifier);
      // With --import-extension .js, "./types.js" names the generated types.ts (TypeScript's rule).
      const candidates = [target, target.replace(/\.js$/, ".ts")];
      return !target.startsWith("..") && candidates.some((candidate) => existsSync(join(outDir, candidate)));
    },
  };
}

function findingsIn(outDir: string, runtimeImport: string): string[] {
  return [...readGeneratedSources(outDir)].flatMap(([fileName, source]) =>
    findUnsafeCode(fileName, source, policyFor(outDir, runtimeImport, fileName)),
  );
}

describe("the unsafe-code detector", () => {
  const permissive = {
    allowed: new Set(["ok-module"]),
    isGeneratedFile: (specifier: string) => specifier === "./types.ts",
  };
  it.each([
    { given: 'eval("1");', want: ["x.js:1: eval()"] },
    { given: 'const f = new Function("return 1");', want: ["x.js:1: new Function()"] },
    { given: 'const f = Function("return 1");', want: ["x.js:1: Function()"] },
    { given: 'const fs = require("fs");', want: ['x.js:1: imports "fs", which is not on the allow-list'] },
    { given: 'const m = require("ok-module");', want: [] },
    { given: 'await import("./types.ts");', want: ["x.js:1: dynamic import()"] },
    { given: 'import x from "left-pad";', want: ['x.js:1: imports "left-pad", which is not on the allow-list'] },
    {
      given: 'import t from "./types.ts";\nimport u from "../elsewhere.ts";',
      want: ['x.js:2: imports "../elsewhere.ts", which is not on the allow-list'],
    },
    { given: "const g = globalThis.eval;", want: ["x.js:1: a reference to eval"] },
    {
      given: '/* eval("1"); new Function("x"); require("fs") */ const s = "eval(1) new Function require(\'fs\')";',
      want: [],
    },
  ])("$given → $want", ({ given, want }) => {
    expect(findUnsafeCode("x.js", given, permissive)).toEqual(want);
  });
});

describe("generated/ (the committed output)", () => {
  it("has only allow-listed imports and no way to evaluate strings", () => {
    const config = loadProjectConfig(REPO_ROOT);
    expect(readGeneratedSources(GENERATED).size).toBeGreaterThanOrEqual(6);
    expect(findingsIn(GENERATED, config.runtimeImport ?? DEFAULT_RUNTIME_IMPORT)).toEqual([]);
  });

  it("imports ajv's runtime helpers only from the allow-list", () => {
    const compiled = readGeneratedSources(GENERATED).get("validators.compiled.js")!;
    const specifiers = [...compiled.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]!);
    expect(specifiers.filter((specifier) => specifier.startsWith("ajv"))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ajv\/dist\/runtime\/\w+\.js$/)]),
    );
    for (const specifier of specifiers.filter((specifier) => specifier.startsWith("ajv")))
      expect(AJV_RUNTIME_HELPERS).toContain(specifier);
  });
});

describe("output of the hostile corpus", () => {
  const generatedCases = Object.entries(expectations)
    .filter(([, expectation]) => expectation.outcome === "generated")
    .map(([file]) => file);
  let root: TempFolder;
  beforeAll(() => {
    root = tempFolder("hostile-safety", { insideRepo: true });
  });
  afterAll(() => root.remove());

  it.each(generatedCases)("%s: only allow-listed imports, no eval, Function or require", async (file) => {
    const out = join(root.path, file.replace(/\W+/g, "-"));
    const openapiTypescript = !BREAKS_OPENAPI_TYPESCRIPT.has(file);
    const config = {
      specs: [{ spec: join(CORPUS, file) }],
      jsonSchemas: [],
      out,
      allowRemoteRefs: false,
      openapiTypescript,
      importExtension: ".js" as const,
      runtimeImport: DEFAULT_RUNTIME_IMPORT,
    };
    const result = await generate({ config, check: false });
    expect(result.status).toBe("written");
    expect(readdirSync(out)).toContain("validators.compiled.js");
    expect(findingsIn(out, DEFAULT_RUNTIME_IMPORT)).toEqual([]);
  });
});
