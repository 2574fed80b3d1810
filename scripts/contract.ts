// `npm run contract [-- --coverage-report <file>]`: runs only the contract suite (vitest project
// "contract": recorded cassettes, then live), exiting non-zero on any violation. The flag is
// turned into CONTRACT_COVERAGE_REPORT because vitest rejects options it does not know.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const { values, tokens } = parseArgs({
  options: { "coverage-report": { type: "string" } },
  strict: false,
  tokens: true,
});
const passThrough = tokens.flatMap((token) => {
  if (token.kind === "positional") return [token.value];
  if (token.kind === "option" && token.name !== "coverage-report")
    return [token.rawName, ...(typeof token.value === "string" ? [token.value] : [])];
  return [];
});
const report = values["coverage-report"];
const env = {
  ...process.env,
  ...(typeof report === "string"
    ? { CONTRACT_COVERAGE_REPORT: resolve(process.env.INIT_CWD ?? process.cwd(), report) }
    : {}),
};

const vitest = resolve(ROOT, "node_modules", "vitest", "vitest.mjs");
const result = spawnSync(process.execPath, [vitest, "run", "--project", "contract", ...passThrough], {
  cwd: ROOT,
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
