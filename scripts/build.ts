// Builds dist/ for consumers: tsc compiles the TypeScript (rewriting relative `.ts` imports to
// `.js`), then the generated JavaScript that tsc does not compile (ajv's standalone validators and
// their declarations, and the generator's precompiled OpenAPI schema checks) is copied beside it
// with the same rewrite, and the generator's code hash is written beside it. Then the runtime-only
// package (scripts/runtime-package.ts) is assembled from the same dist/ into its own folder.
//   node scripts/build.ts [out-dir] [runtime-package-dir]    default: dist/ and dist-runtime/
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CODE_HASH_FILE, codeHashOf } from "../generator/identity.ts";
import { buildRuntimePackage, RUNTIME_PACKAGE_NAME } from "./runtime-package.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const outDir = resolve(process.argv[2] ?? join(root, "dist"));
const runtimeDir = resolve(process.argv[3] ?? join(root, "dist-runtime"));

rmSync(outDir, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", outDir], {
  stdio: "inherit",
});

/** Copies a folder's generated JavaScript and declarations (those whose names match) into dist/. */
function copyGenerated(folder: string, names: RegExp): void {
  const to = join(outDir, folder);
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(join(root, folder))) {
    if (!names.test(name)) continue;
    const text = readFileSync(join(root, folder, name), "utf8");
    writeFileSync(join(to, name), text.replace(/(from\s+"\.{1,2}\/[^"]+)\.ts"/g, '$1.js"'));
  }
}

copyGenerated("generated", /\.(js|d\.ts)$/);
// The precompiled schema checks (scripts/compile-checks.ts) that the generator imports.
copyGenerated(join("generator", "resolve"), /\.compiled\.(js|d\.ts)$/);
copyGenerated(join("generator", "emit", "validators"), /\.compiled\.(js|d\.ts)$/);
// The generator's code hash, which keys its caches, computed once here instead of on every run.
writeFileSync(join(outDir, "generator", CODE_HASH_FILE), `${codeHashOf(join(outDir, "generator"))}\n`);
const { dependencies } = buildRuntimePackage(root, outDir, runtimeDir);
console.log(
  `Built ${relative(process.cwd(), outDir) || "."}/ and ${RUNTIME_PACKAGE_NAME} in ${relative(process.cwd(), runtimeDir)}/ (dependencies: ${Object.keys(dependencies).join(", ")}).`,
);
