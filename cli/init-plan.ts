// What `init` writes into a repository, as data: files copied from the package (the Stripe Events
// specs and overlay, the documented cassettes, the CI workflow), the config, and the package.json
// entries (npm scripts, the runtime package as a dependency, the full package as a devDependency).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_NAME, type PackageInfo, RUNTIME_PACKAGE_NAME } from "./package-root.ts";

export const CASSETTES_DIR = "contract-tests/cassettes";

export interface PlannedFile {
  /** Path in the repository, relative to its root. */
  readonly path: string;
  readonly content: string;
}

const SPEC_FILES = [
  "specs/stripe-events-api-openapi.yml",
  "specs/stripe-events-api.overlay.yml",
  "specs/stripe-v2-core-events-openapi.yml",
  "specs/stripe-event.json",
];

export function plannedFiles(pkg: PackageInfo, repository: string): PlannedFile[] {
  const copy = (from: string, to: string = from) => ({ path: to, content: readFileSync(join(pkg.root, from), "utf8") });
  return [
    { path: "stripe-events-contract.config.json", content: `${JSON.stringify(projectConfig(repository), null, 2)}\n` },
    ...SPEC_FILES.map((file) => copy(file)),
    ...documentedCassettes(pkg.root).map((name) =>
      copy(`contract-tests/recordings/${name}`, `${CASSETTES_DIR}/${name}`),
    ),
    copy(".github/workflows/contract.yml"),
  ];
}

/** The config for the copied specs; generated code goes under src/ when the repository has one. */
export function projectConfig(repository: string): object {
  return {
    specs: [
      { name: "stripe-events-api", spec: SPEC_FILES[0], overlay: [SPEC_FILES[1]] },
      { name: "stripe-v2-core-events", spec: SPEC_FILES[2] },
    ],
    jsonSchemas: [{ name: "stripe-event.json", file: SPEC_FILES[3] }],
    out: existsSync(join(repository, "src")) ? "src/generated" : "generated",
    importExtension: ".js",
    compiledValidators: ".ts",
    runtimeImport: `${RUNTIME_PACKAGE_NAME}/runtime`,
    cassettes: CASSETTES_DIR,
  };
}

/** Only documented examples: recordings of anyone's server stay in the package's own repository. */
function documentedCassettes(root: string): string[] {
  const dir = join(root, "contract-tests/recordings");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .filter((name) => JSON.parse(readFileSync(join(dir, name), "utf8")).source?.kind === "documented-example")
    .sort();
}

export const NPM_SCRIPTS: Readonly<Record<string, string>> = {
  generate: `${PACKAGE_NAME} generate`,
  contract: `${PACKAGE_NAME} contract`,
  record: `${PACKAGE_NAME} record`,
  diff: `${PACKAGE_NAME} diff`,
  validate: `${PACKAGE_NAME} validate`,
};

/** package.json sections init fills in: name → value, for entries the file does not have yet. */
export function plannedPackageEntries(
  pkg: PackageInfo,
): Record<"scripts" | "dependencies" | "devDependencies", Record<string, string>> {
  return {
    scripts: { ...NPM_SCRIPTS },
    dependencies: { [RUNTIME_PACKAGE_NAME]: `^${pkg.version}` },
    devDependencies: { [PACKAGE_NAME]: `^${pkg.version}` },
  };
}
