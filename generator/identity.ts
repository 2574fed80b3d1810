// The generator's identity: its version and a hash of its code (this folder and core/), which
// every cache of a run is keyed and salted with, and which each generated file's header names.
import { readFileSync } from "node:fs";
import { resolve as absolutePath, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { InputDigest } from "./emit/file-header.ts";
import { hashSourceTrees } from "./write/fingerprint.ts";

const GENERATOR_ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * Written beside the built generator by scripts/build.ts: the hash of dist's code, so that a run need
 * not read and hash its 200-odd files first (about 20 ms before anything else can start). Runs from
 * source have none, and hash their code on every run.
 */
export const CODE_HASH_FILE = "code-hash.txt";

/** The hash of what generation depends on: the generator's folder and the core/ modules it imports. */
export function codeHashOf(generatorRoot: string): string {
  return hashSourceTrees([generatorRoot, absolutePath(generatorRoot, "../core")]);
}

function codeHash(): string {
  try {
    return readFileSync(join(GENERATOR_ROOT, CODE_HASH_FILE), "utf8").trim();
  } catch {
    return codeHashOf(GENERATOR_ROOT);
  }
}

/** The generator's version and a hash of its code; with the inputs' digests when they were read. */
export interface Identity {
  readonly generator: string;
  readonly code: string;
  readonly inputs?: InputDigest[];
}

export async function generatorIdentity(): Promise<Identity> {
  return { generator: `stripe-events-contract ${packageVersion()}`, code: codeHash() };
}

function packageVersion(): string {
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
