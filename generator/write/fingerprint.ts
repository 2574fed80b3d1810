// Content hashes: of inputs (for file headers and the regeneration cache) and of the generator's
// own source (and the core/ modules it imports), so a changed generator never reuses a stale cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { InputDigest } from "../emit/file-header.ts";
import type { SourceText } from "../load/read-source.ts";

/**
 * "name@version" of the installed packages that write generated code (ajv, ajv-formats,
 * openapi-typescript): updating one within our dependency ranges must not let a cache stand.
 */
export const CODE_WRITERS: readonly string[] = ["ajv", "ajv-formats", "openapi-typescript"].map(
  (name) => `${name}@${(createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version}`,
);

export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** What a generated file's header says of each input it was made from (file-header.ts). */
export function inputDigests(texts: readonly (readonly [string, SourceText])[]): InputDigest[] {
  return texts.map(([, source]) => ({ path: source.path, sha256: sha256(source.text) }));
}

/** One hash over every source file below the given folders (tests excluded), in a stable order. */
export function hashSourceTrees(roots: readonly string[]): string {
  const hash = createHash("sha256");
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === "test" || entry.name === "node_modules") continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|json)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
    }
  };
  for (const root of roots) walk(root);
  return hash.digest("hex");
}
