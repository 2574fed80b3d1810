// Where the installed stripe-events-contract package is: its specs, documented cassettes and CI
// workflow are what `init` copies. The CLI runs from cli/ in a checkout and from dist/cli/ when
// installed, so the root is found by walking up to the package.json that names the package.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_NAME = "stripe-events-contract";
/** The runtime-only package built from the same sources (scripts/runtime-package.ts). */
export const RUNTIME_PACKAGE_NAME = "stripe-events-contract-runtime";

export interface PackageInfo {
  readonly root: string;
  readonly version: string;
}

export function packageInfo(from: string = fileURLToPath(import.meta.url)): PackageInfo {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME) return { root: dir, version: pkg.version ?? "0.0.0" };
    }
    if (dirname(dir) === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package above ${from}`);
  }
}
