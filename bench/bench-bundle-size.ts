// Issue 6 §4 (size part): our runtime bundled and minified by esbuild, raw and gzipped, next to
// openapi-fetch bundled the same way (it advertises 6 kB minified). Measured three ways: what a
// generated Stripe client pulls in (createStripeClient: one wire profile), the same for another
// API (createOpenApiClient), and the whole runtime entry. Deterministic: measured once.

import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Row } from "./report.ts";
import { REPO, TOOLS } from "./workspace.ts";

interface Size {
  readonly minified: number;
  readonly gzipped: number;
}

export interface Bundle {
  readonly code: Uint8Array;
  /** The source files that put any bytes into the bundle (what tree shaking kept). */
  readonly inputs: readonly string[];
}

/**
 * `entry` bundled and minified as an application's bundler would, or a module that re-exports only
 * `exportName` from it (what a user's code imports).
 */
export async function bundle(entry: string, exportName?: string): Promise<Bundle> {
  const source =
    exportName === undefined
      ? { entryPoints: [entry] }
      : {
          stdin: {
            contents: `export { ${exportName} } from "${entry}";`,
            resolveDir: dirname(entry),
            loader: "ts" as const,
          },
        };
  const result = await build({
    ...source,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0);
  return { code: result.outputFiles[0]!.contents, inputs: inputs.map(([path]) => path) };
}

export async function bundleSize(entry: string, exportName?: string): Promise<Size> {
  const { code } = await bundle(entry, exportName);
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const MEASURED = [
  {
    what: "a generated Stripe client's runtime (createStripeClient: the stripe profile only)",
    exportName: "createStripeClient",
  },
  {
    what: "a generated client of another API (createOpenApiClient: the openapi profile only)",
    exportName: "createOpenApiClient",
  },
  { what: "the whole runtime entry (runtime/index.ts: both profiles, every export)", exportName: undefined },
];

export async function benchBundleSize(): Promise<Row[]> {
  console.error("  bundle size: runtime vs openapi-fetch");
  const peer = await bundleSize(join(REPO, "node_modules", "openapi-fetch", "dist", "index.mjs"));
  const rows: Row[] = [];
  for (const { what, exportName } of MEASURED) {
    const ours = await bundleSize(TOOLS.runtimeIndex, exportName);
    rows.push({
      section: "Client",
      name: `runtime size, ${what}: esbuild --bundle --minify (ESM) vs openapi-fetch's dist/index.mjs; gzip -9`,
      ours: `${kb(ours.minified)} min, ${kb(ours.gzipped)} gzip`,
      peer: `${kb(peer.minified)} min, ${kb(peer.gzipped)} gzip`,
      ratio: `${(ours.minified / peer.minified).toFixed(2)}× min, ${(ours.gzipped / peer.gzipped).toFixed(2)}× gzip`,
      target: "— (reported)",
      verdict: "info",
    });
  }
  return rows;
}
