// The second package built from the same sources: stripe-events-contract-runtime, for applications
// that only import the pre-generated Stripe Events code (types, client, operations, validators) and
// the webhook receiver. Same compiled files and export subpaths as the full package, none of the
// generator, CLI or contract suite, and as dependencies only the packages that code imports at run
// time, found by reading its imports (a relative import leaving the package fails the build).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

import { RUNTIME_PACKAGE_NAME } from "../cli/package-root.ts";

export { RUNTIME_PACKAGE_NAME };

/** The folders of the full package's dist/ that the runtime package carries. */
export const RUNTIME_FOLDERS = ["runtime", "core", "webhooks", "generated"] as const;

interface RootManifest {
  readonly version: string;
  readonly license: string;
  readonly exports: Record<string, unknown>;
  readonly dependencies: Record<string, string>;
}

export function buildRuntimePackage(
  root: string,
  dist: string,
  outDir: string,
): { dependencies: Record<string, string> } {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as RootManifest;
  rmSync(outDir, { recursive: true, force: true });
  for (const folder of RUNTIME_FOLDERS)
    cpSync(join(dist, folder), join(outDir, "dist", folder), {
      recursive: true,
      filter: (path) => !/\/test(\/|$)/.test(path),
    });
  const dependencies = runtimeDependencies(join(outDir, "dist"), manifest.dependencies);
  const pkg = {
    name: RUNTIME_PACKAGE_NAME,
    version: manifest.version,
    description:
      "The run-time half of stripe-events-contract: Stripe Events types, a typed fetch client, precompiled validators and the webhook receiver, without the generator, CLI or contract suite.",
    license: manifest.license,
    type: "module",
    // The run-time code needs fetch, WebCrypto or node:crypto and nothing newer: the adoption script
    // runs it on the Node.js 20 it finds; the CLI's newer needs (type stripping) do not apply here.
    engines: { node: ">=20" },
    exports: manifest.exports,
    files: ["dist", "README.md"],
    sideEffects: false,
    dependencies,
  };
  writeFileSync(join(outDir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(join(outDir, "README.md"), README);
  return { dependencies };
}

const README = `# stripe-events-contract-runtime

The run-time half of [stripe-events-contract](https://www.npmjs.com/package/stripe-events-contract),
built from the same sources: the pre-generated Stripe Events types, typed fetch client, operations and
precompiled validators, and the webhook receiver, with the same import paths
(\`stripe-events-contract-runtime/types\`, \`/client\`, \`/validators\`, \`/operations\`, \`/runtime\`,
\`/runtime/formats\`, \`/webhooks\`). Install it as a dependency of your application, and the full
package (generator, CLI, contract suite) as a devDependency: \`stripe-events-contract init\` sets
both up, with \`runtimeImport: "${RUNTIME_PACKAGE_NAME}/runtime"\` so code you generate from your own
specs imports this package at run time.
`;

/** Bare imports of the package's JavaScript → the root package's version ranges for them. */
function runtimeDependencies(dist: string, available: Record<string, string>): Record<string, string> {
  const needed = new Set<string>();
  for (const file of javascriptFiles(dist)) {
    for (const specifier of importsOf(readFileSync(file, "utf8"))) {
      if (specifier.startsWith("node:")) continue;
      if (specifier.startsWith(".")) {
        const target = resolve(dirname(file), specifier);
        if (relative(dist, target).startsWith("..") || !existsSync(target))
          throw new Error(`${relative(dist, file)} imports ${specifier}, which is not in the runtime package`);
        continue;
      }
      needed.add(packageName(specifier));
    }
  }
  const missing = [...needed].filter((name) => available[name] === undefined);
  if (missing.length > 0)
    throw new Error(`the runtime package imports ${missing.join(", ")}, not dependencies of the root package`);
  return Object.fromEntries([...needed].sort().map((name) => [name, available[name]!]));
}

function javascriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Specifiers of static and dynamic imports and re-exports (tsc's and ajv's output). */
export function importsOf(code: string): string[] {
  const pattern =
    /(?:^|[\s;}])(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gm;
  return [...code.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}
