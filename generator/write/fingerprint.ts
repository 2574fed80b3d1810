// Content hashes: of inputs (for file headers and the regeneration cache) and of the generator's
// own source (and the core/ modules it imports), so a changed generator never reuses a stale cache.
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { InputDigest } from "../emit/file-header.ts";
import type { HashedSourceText } from "../load/read-source.ts";

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

/**
 * SHA-256 (hex) of `text`'s UTF-8 encoding, where `text` was decoded from `bytes` (a leading byte
 * order mark dropped). Valid UTF-8 bytes are that encoding already, and hashing them skips encoding
 * the text again: Stripe's 6 MB spec 2–3 ms instead of 9–15, before anything else of a run can start.
 */
export function textDigest(bytes: Buffer, text: string): string {
  const unmarked = hasByteOrderMark(bytes) ? bytes.subarray(3) : bytes;
  return isUtf8(unmarked) ? sha256(unmarked) : sha256(text);
}

function hasByteOrderMark(bytes: Buffer): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** What a generated file's header says of each input it was made from (file-header.ts). */
export function inputDigests(texts: readonly (readonly [string, HashedSourceText])[]): InputDigest[] {
  return texts.map(([, source]) => ({ path: source.path, sha256: source.sha256 }));
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
