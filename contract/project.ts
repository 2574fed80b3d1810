// A project as the contract suite and the recorder see it: its config, its cassettes folder, and the
// operations, client and validators `generate` wrote into its "out" folder. The same loader serves
// this repository (`npm run contract`, contract-tests/contract.test.ts) and any application that
// installs the package, so both run one implementation.
import { existsSync } from "node:fs";
import { registerHooks } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type GenerateConfig, loadProjectConfig, PROJECT_CONFIG_FILE, readProjectJson } from "../generator/config.ts";
import { displayPath } from "../generator/load/read-source.ts";
import { SpecError } from "../generator/spec-error.ts";
import type { OperationDescriptor, ValidateFn } from "../runtime/operation.ts";
import type { ClientFactory } from "./call-operation.ts";

/** Where cassettes live unless the config's "cassettes" or --cassettes says otherwise. */
export const DEFAULT_CASSETTES = "contract-tests/recordings";

export interface ContractProject {
  readonly root: string;
  readonly config: GenerateConfig;
  readonly cassettesDir: string;
  readonly operations: Readonly<Record<string, OperationDescriptor>>;
  /** The generated createClient, retries off: a retried 5xx would hide the first response from the check. */
  readonly createClient: ClientFactory;
  readonly validate: ValidateFn;
  readonly schemaNames: readonly string[];
}

export interface ProjectOptions {
  /** --cassettes, relative to the current folder. */
  readonly cassettes?: string;
}

export async function loadContractProject(root: string, options: ProjectOptions = {}): Promise<ContractProject> {
  const config = loadProjectConfig(root);
  const configured = readProjectJson(root).cassettes;
  const cassettesDir =
    options.cassettes !== undefined
      ? resolve(options.cassettes)
      : resolve(root, typeof configured === "string" ? configured : DEFAULT_CASSETTES);
  if (!existsSync(cassettesDir))
    throw SpecError.single(
      { file: displayPath(cassettesDir), message: "does not exist: there is no cassettes folder to replay" },
      `Create it (stripe-events-contract init writes one with the documented examples), set "cassettes" in ${PROJECT_CONFIG_FILE}, or pass --cassettes <dir>.`,
    );
  const hooks = allowJsExtensionsForTs();
  const [operations, client, validators] = await Promise.all([
    importGenerated<{ operations: Record<string, OperationDescriptor> }>(config.out, "operations"),
    importGenerated<{ createClient: (options: object) => object }>(config.out, "client"),
    importGenerated<{ validate: ValidateFn; schemaNames: readonly string[] }>(config.out, "validators"),
  ]).finally(() => hooks.deregister());
  return {
    root,
    config,
    cassettesDir,
    operations: operations.operations,
    createClient: (settings) => client.createClient({ ...settings, maxNetworkRetries: 0 }),
    validate: validators.validate,
    schemaNames: validators.schemaNames,
  };
}

async function importGenerated<T>(out: string, name: string): Promise<T> {
  const path = [".ts", ".js"].map((extension) => join(out, `${name}${extension}`)).find((file) => existsSync(file));
  if (path === undefined)
    throw SpecError.single(
      { file: displayPath(join(out, `${name}.ts`)), message: "does not exist (nor the .js beside it)" },
      `The "out" folder of ${PROJECT_CONFIG_FILE} has no generated code yet: run \`stripe-events-contract generate\` (npm run generate).`,
    );
  try {
    return (await import(pathToFileURL(path).href)) as T;
  } catch (error) {
    throw SpecError.single(
      { file: displayPath(path), message: `could not be loaded: ${(error as Error).message}` },
      "Regenerate it with `stripe-events-contract generate`; check that the runtime it imports is installed.",
    );
  }
}

/**
 * Generated .ts files written for tsc (`importExtension: ".js"`) import "./types.js", which exists only
 * after a build. Node runs the .ts sources directly, so while they are imported a relative ".js"
 * import that is missing from a .ts file is retried as ".ts", exactly as tsc maps it.
 */
function allowJsExtensionsForTs(): { deregister(): void } {
  return registerHooks({
    resolve(specifier, context, next) {
      try {
        return next(specifier, context);
      } catch (error) {
        const fromTs = context.parentURL?.endsWith(".ts") === true;
        const relativeJs = /^\.\.?\//.test(specifier) && specifier.endsWith(".js");
        if (!fromTs || !relativeJs || (error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
        return next(`${specifier.slice(0, -3)}.ts`, context);
      }
    },
  });
}
