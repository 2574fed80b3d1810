// generated/manifest.json records what a run read and wrote (with hashes). It is the cache: when
// the inputs, options and generator are unchanged and every file still matches, nothing is redone.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { InputDigest } from "../emit/file-header.ts";
import { sha256 } from "./fingerprint.ts";

export const MANIFEST_PATH = "manifest.json";

export interface Manifest {
  generator: string;
  cacheKey: string;
  inputs: InputDigest[];
  counts: { operations: number; schemas: number; validators: number };
  files: Record<string, string>;
}

export function manifestFile(input: Omit<Manifest, "files"> & { files: ReadonlyMap<string, string> }): string {
  const files = Object.fromEntries([...input.files].map(([path, content]) => [path, sha256(content)]));
  const manifest: Manifest = { generator: input.generator, cacheKey: input.cacheKey, inputs: input.inputs, counts: input.counts, files };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function readManifest(outDir: string): Manifest | undefined {
  const path = join(outDir, MANIFEST_PATH);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

export function isCacheFresh(outDir: string, cacheKey: string): boolean {
  const manifest = readManifest(outDir);
  if (manifest?.cacheKey !== cacheKey) return false;
  return Object.entries(manifest.files).every(([path, hash]) => {
    const file = join(outDir, path);
    return existsSync(file) && sha256(readFileSync(file)) === hash;
  });
}
