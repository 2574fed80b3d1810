// The generator's identity: its version and a hash of its code (this folder and core/), which
// every cache of a run is keyed and salted with, and which each generated file's header names.
import { resolve as absolutePath, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { InputDigest } from "./emit/file-header.ts";
import { hashSourceTrees } from "./write/fingerprint.ts";

const GENERATOR_ROOT = dirname(fileURLToPath(import.meta.url));
/** What generation depends on: the generator and the core/ modules it imports. */
const CODE_ROOTS = [GENERATOR_ROOT, absolutePath(GENERATOR_ROOT, "../core")];

/** The generator's version and a hash of its code; with the inputs' digests when they were read. */
export interface Identity {
  readonly generator: string;
  readonly code: string;
  readonly inputs?: InputDigest[];
}

export async function generatorIdentity(): Promise<Identity> {
  return { generator: `stripe-events-contract ${await packageVersion()}`, code: hashSourceTrees(CODE_ROOTS) };
}

async function packageVersion(): Promise<string> {
  const { readFileSync } = await import("node:fs");
  for (const candidate of [
    absolutePath(GENERATOR_ROOT, "../package.json"),
    absolutePath(GENERATOR_ROOT, "../../package.json"),
  ]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "stripe-events-contract" && pkg.version) return pkg.version;
    } catch {
      // try the next location (source tree vs dist/)
    }
  }
  return "0.0.0";
}
