// `init`: adopts stripe-events-contract in an existing repository (see cli/init-plan.ts for what it
// writes). It never replaces a file that differs from what it would write unless --force is given,
// never replaces a dependency the repository already has, and prints one line per thing it did.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { SpecError } from "../generator/spec-error.ts";
import { type Command, parseCommandArgs, printHelp, withHelp } from "./command.ts";
import { plannedFiles, plannedPackageEntries } from "./init-plan.ts";
import { packageInfo } from "./package-root.ts";

const HELP = `Usage: stripe-events-contract init [--force]

Sets up this repository (the current folder, which needs a package.json): the config
(stripe-events-contract.config.json), specs/ with the Stripe Events specs, overlay and JSON Schema as a
starting point, the documented cassettes in contract-tests/cassettes/, the CI workflow
(.github/workflows/contract.yml), and in package.json the npm scripts generate, contract, record, diff
and validate, stripe-events-contract-runtime as a dependency and stripe-events-contract as a
devDependency. Files that exist are kept unless --force is given; dependencies you have are kept.

Options:
  --force    replace files and npm scripts that differ from what init writes
  --help     show this help`;

export const command: Command = async (args) => {
  const { values } = parseCommandArgs({
    args,
    options: withHelp({ force: { type: "boolean" } }),
  });
  if (values.help) return printHelp(HELP);
  const repository = process.cwd();
  const manifest = join(repository, "package.json");
  if (!existsSync(manifest))
    throw SpecError.single(
      { file: "package.json", message: `not found in ${repository}` },
      "Run init in your repository's root folder (run `npm init` first if it has no package.json).",
    );
  const pkg = packageInfo();
  const force = values.force === true;
  const lines = plannedFiles(pkg, repository).map((file) => writePlanned(repository, file.path, file.content, force));
  lines.push(...updatePackageJson(manifest, plannedPackageEntries(pkg), force));
  console.log(`stripe-events-contract init in ${repository}:\n${lines.map((line) => `  ${line}`).join("\n")}`);
  console.log(NEXT_STEPS);
  return 0;
};

const NEXT_STEPS = `
Next:
  npm install              (if dependencies were added above)
  npm run generate         writes the generated code ("out" in the config); commit it
  npm run contract         replays the cassettes, then the same cases against Prism
TypeScript: set "module"/"moduleResolution" to "NodeNext" (or "module": "ESNext" with "Bundler").`;

function writePlanned(repository: string, path: string, content: string, force: boolean): string {
  const target = join(repository, path);
  if (existsSync(target)) {
    if (readFileSync(target, "utf8") === content) return `unchanged ${path}`;
    if (!force) return `kept      ${path} (yours differs; --force replaces it)`;
    writeFileSync(target, content);
    return `replaced  ${path}`;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  return `created   ${path}`;
}

type Sections = ReturnType<typeof plannedPackageEntries>;

function updatePackageJson(file: string, planned: Sections, force: boolean): string[] {
  const text = readFileSync(file, "utf8");
  const manifest = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
  const lines: string[] = [];
  for (const [section, entries] of Object.entries(planned) as [keyof Sections, Record<string, string>][]) {
    for (const [name, value] of Object.entries(entries)) {
      const current =
        manifest[section]?.[name] ?? (section === "scripts" ? undefined : otherSection(manifest, section, name));
      const replace = force && section === "scripts" && current !== undefined && current !== value;
      if (current !== undefined && !replace) {
        if (current !== value) lines.push(`kept      package.json ${section}.${name} (${JSON.stringify(current)})`);
        continue;
      }
      manifest[section] = { ...manifest[section], [name]: value };
      lines.push(`${replace ? "replaced " : "added    "} package.json ${section}.${name}: ${JSON.stringify(value)}`);
    }
  }
  const indent = /^\{\n(\s+)"/.exec(text)?.[1] ?? "  ";
  writeFileSync(file, `${JSON.stringify(manifest, null, indent)}\n`);
  return lines;
}

/** A package the repository has in the other dependency section is kept where it is. */
function otherSection(manifest: Record<string, Record<string, string> | undefined>, section: string, name: string) {
  const other = section === "dependencies" ? "devDependencies" : "dependencies";
  return manifest[other]?.[name];
}
