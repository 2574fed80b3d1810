// Issue 6 §4 (size part): our runtime bundled and minified by esbuild, raw and gzipped, next to
// openapi-fetch bundled the same way (it advertises 6 kB minified). Deterministic: measured once.

import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Row } from "./report.ts";
import { REPO, TOOLS } from "./workspace.ts";

export async function bundleSize(entry: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export async function benchBundleSize(): Promise<Row[]> {
  console.error("  bundle size: runtime vs openapi-fetch");
  const ours = await bundleSize(TOOLS.runtimeIndex);
  const peer = await bundleSize(join(REPO, "node_modules", "openapi-fetch", "dist", "index.mjs"));
  return [
    {
      section: "Client",
      name: "runtime size: esbuild --bundle --minify (ESM) of runtime/index.ts vs openapi-fetch's dist/index.mjs; gzip -9",
      ours: `${kb(ours.minified)} min, ${kb(ours.gzipped)} gzip`,
      peer: `${kb(peer.minified)} min, ${kb(peer.gzipped)} gzip`,
      ratio: `${(ours.minified / peer.minified).toFixed(2)}× min, ${(ours.gzipped / peer.gzipped).toFixed(2)}× gzip`,
      target: "— (reported)",
      verdict: "info",
    },
  ];
}
