// Builds dist/ for consumers: tsc compiles the TypeScript (rewriting relative `.ts` imports to
// `.js`), then the generated JavaScript that tsc does not compile (ajv's standalone validators and
// their declarations) is copied beside it with the same rewrite.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

rmSync(join(root, "dist"), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });

const from = join(root, "generated");
const to = join(root, "dist", "generated");
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) {
  if (!/\.(js|d\.ts)$/.test(name)) continue;
  const text = readFileSync(join(from, name), "utf8");
  writeFileSync(join(to, name), text.replace(/(from\s+"\.{1,2}\/[^"]+)\.ts"/g, '$1.js"'));
}
console.log("Built dist/.");
