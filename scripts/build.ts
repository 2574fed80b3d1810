// Builds dist/ for consumers: tsc compiles the TypeScript (rewriting relative `.ts` imports to
// `.js`), then the generated JavaScript that tsc does not compile (ajv's standalone validators and
// their declarations) is copied beside it with the same rewrite.
//   node scripts/build.ts [out-dir]    default: dist/ (tests build into a temp folder instead)
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const outDir = resolve(process.argv[2] ?? join(root, "dist"));

rmSync(outDir, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", outDir], {
  stdio: "inherit",
});

const from = join(root, "generated");
const to = join(outDir, "generated");
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) {
  if (!/\.(js|d\.ts)$/.test(name)) continue;
  const text = readFileSync(join(from, name), "utf8");
  writeFileSync(join(to, name), text.replace(/(from\s+"\.{1,2}\/[^"]+)\.ts"/g, '$1.js"'));
}
console.log(`Built ${relative(process.cwd(), outDir) || "."}/.`);
