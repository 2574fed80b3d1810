// Finds and loads the validators `validate` checks against: the module `generate` wrote into the
// project's output folder (stripe-events-contract.config.json "out"), or the one --validators names.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadProjectConfig, PROJECT_CONFIG_FILE } from "../generator/config.ts";
import { displayPath } from "../generator/load/read-source.ts";
import { SpecError } from "../generator/spec-error.ts";
import type { EventSchemaNames, EventTypesShape } from "../webhooks/event-types.ts";
import { type BulkValidators, bulkValidatorsFrom, isValidatorsModule } from "./bulk-validators.ts";

const MODULE_NAMES = ["validators.ts", "validators.js"];
const RUN_GENERATE = "run `stripe-events-contract generate` (npm run generate) to write it";

/** The module path: `--validators` when given, else validators.ts or validators.js in the configured out folder. */
export function locateValidatorsModule(cwd: string, given: string | undefined): string {
  if (given !== undefined) {
    const path = resolve(cwd, given);
    if (existsSync(path)) return path;
    throw SpecError.single(
      { file: displayPath(path), message: "does not exist (given with --validators)" },
      `Pass the validators.ts or validators.js that generate wrote, or ${RUN_GENERATE}.`,
    );
  }
  if (!existsSync(join(cwd, PROJECT_CONFIG_FILE)))
    throw SpecError.single(
      { file: PROJECT_CONFIG_FILE, message: `not found in ${cwd}, so there is no generated validators module to use` },
      "Run validate from your project's folder, or pass --validators <module path> (the validators.ts or validators.js that generate wrote).",
    );
  const out = loadProjectConfig(cwd).out;
  const found = MODULE_NAMES.map((name) => join(out, name)).find((path) => existsSync(path));
  if (found !== undefined) return found;
  throw SpecError.single(
    { file: displayPath(join(out, MODULE_NAMES[0]!)), message: `does not exist (nor ${MODULE_NAMES[1]} beside it)` },
    `The "out" folder of ${PROJECT_CONFIG_FILE} has no generated validators yet: ${RUN_GENERATE}, or pass --validators <module path>.`,
  );
}

/** The validators module, with the event map beside it when there is one (thin notifications are chosen by it). */
export async function importValidators(path: string): Promise<BulkValidators> {
  let module: unknown;
  try {
    module = await import(pathToFileURL(path).href);
  } catch (error) {
    throw SpecError.single(
      { file: displayPath(path), message: `could not be loaded: ${(error as Error).message}` },
      `Regenerate it: ${RUN_GENERATE}.`,
    );
  }
  if (!isValidatorsModule(module))
    throw SpecError.single(
      { file: displayPath(path), message: "exports no validate function and schemaNames list" },
      "Pass the validators.ts or validators.js from generate's output folder.",
    );
  return bulkValidatorsFrom(module, await importEventSchemas(path));
}

/** The generated event map beside a validators module (webhooks.ts or .js), when the specs describe events. */
export function eventMapPath(validatorsPath: string): string {
  return join(dirname(validatorsPath), validatorsPath.endsWith(".js") ? "webhooks.js" : "webhooks.ts");
}

export async function importEventSchemas(
  validatorsPath: string,
): Promise<EventSchemaNames<EventTypesShape> | undefined> {
  const path = eventMapPath(validatorsPath);
  if (!existsSync(path)) return undefined;
  try {
    const module = (await import(pathToFileURL(path).href)) as { eventSchemas?: EventSchemaNames<EventTypesShape> };
    return module.eventSchemas;
  } catch (error) {
    throw SpecError.single(
      { file: displayPath(path), message: `could not be loaded: ${(error as Error).message}` },
      `Regenerate it: ${RUN_GENERATE}.`,
    );
  }
}
