// Type-checks generated folders with the project's TypeScript and compiler settings, as a user's
// build would compile them. One tsc run covers many folders to keep the suite fast.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runNode } from "./cli.ts";
import { repoPath } from "./repo.ts";

const COMPILER_OPTIONS = {
  target: "ES2023",
  lib: ["ES2023", "DOM", "DOM.Iterable"],
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  verbatimModuleSyntax: true,
  erasableSyntaxOnly: true,
  skipLibCheck: true,
  types: ["node"],
};

/** tsc's diagnostics ("" when everything compiles). `folders` are relative to `root`. */
export async function typeCheck(root: string, folders: readonly string[]): Promise<string> {
  const config = join(root, "tsconfig.json");
  writeFileSync(
    config,
    JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include: folders.map((folder) => `${folder}/**/*.ts`) }),
  );
  const tsc = await runNode([repoPath("node_modules/typescript/bin/tsc"), "-p", config], { cwd: root });
  return tsc.code === 0 ? "" : `${tsc.stdout}${tsc.stderr}` || `tsc exited with ${tsc.code}`;
}
