// Content hashes: of inputs (for file headers and the regeneration cache) and of the generator's
// own source (and the core/ modules it imports), so a changed generator never reuses a stale cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
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
