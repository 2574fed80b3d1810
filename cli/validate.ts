// `validate [--schema <name>] [--validators <module>] <file|->`: checks payloads you already have
// (logged webhooks, API responses) against your project's generated validators, streamed so file
// size does not matter. This file only adapts the command line to bulk-validate/.

import { createReadStream } from "node:fs";
import type { BulkValidators } from "../bulk-validate/bulk-validators.ts";
import { importValidators, locateValidatorsModule } from "../bulk-validate/project-validators.ts";
import { exitCodeOf, formatSummary, validateStream } from "../bulk-validate/validate-stream.ts";
import { displayPath } from "../generator/load/read-source.ts";
import { SpecError } from "../generator/spec-error.ts";
import { type Command, parseCommandArgs, printHelp, UsageError, withHelp } from "./command.ts";

const HELP = `Usage: stripe-events-contract validate [--schema <name>] [--validators <module>] [--verbose] <file|->

Validates one JSON document, a JSON array or NDJSON (one document per line; "-" reads stdin)
against your generated validators, streaming the input in constant memory.

Options:
  --schema <name>       validator to use for every record; by default it is chosen by the payload's
                        "object" field (see below)
  --validators <module> the generated validators module to use (validators.ts or validators.js);
                        by default the one in the "out" folder of stripe-events-contract.config.json
  --verbose             print each failure as the contract suite's block (pointer, schema path, expected, actual)
  --help                show this help

Exit codes: 0 all valid, 1 some record failed validation, 2 unreadable input (invalid JSON,
a truncated line or array); the line number is printed either way.`;

function describeValidators(validators: BulkValidators): string {
  const byObject = [...validators.schemaByObject].map(([object, name]) => `${object} → ${name}`).join(", ");
  const thin =
    validators.eventSchemas === undefined
      ? ""
      : '\nThin notifications ("object": "v2.core.event" without "data"): their type\'s schema from webhooks.ts';
  return `"object" field → schema: ${byObject || "(none)"}${thin}\nSchemas: ${validators.schemaNames.join(", ")}`;
}

const OPTIONS = {
  schema: { type: "string" },
  validators: { type: "string" },
  verbose: { type: "boolean" },
} as const;

export const command: Command = async (args) => {
  const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: withHelp(OPTIONS) });
  if (values.help) return printHelp(`${HELP}\n\n${await helpAboutValidators(values.validators)}`);
  if (positionals.length !== 1) throw new UsageError("validate takes one input: a file path, or - for stdin");
  const validators = await importValidators(locateValidatorsModule(process.cwd(), values.validators));
  if (values.schema !== undefined && !validators.schemaNames.includes(values.schema)) {
    throw new UsageError(`unknown --schema "${values.schema}"; known schemas: ${validators.schemaNames.join(", ")}`);
  }
  const input = positionals[0]!;
  const stream = input === "-" ? process.stdin : await openFile(input);
  const result = await validateStream(stream, process.stdout, {
    validators,
    source: input === "-" ? "stdin" : displayPath(input),
    schema: values.schema,
    style: values.verbose ? "block" : "line",
  });
  process.stdout.write(`${formatSummary(result)}\n`);
  return exitCodeOf(result);
};

/** Help works before generate has run: it then says why the schema list is missing. */
async function helpAboutValidators(given: string | undefined): Promise<string> {
  try {
    return describeValidators(await importValidators(locateValidatorsModule(process.cwd(), given)));
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return `Schemas: unknown until the validators module can be loaded.\n${error.message}`;
  }
}

/**
 * 64 KB reads (Node's default, set here on purpose): each decoded chunk stays a regular young-
 * generation string that scavenges free at once. 1 MB chunks were no faster and, as large
 * objects that only full GCs reclaim, let RSS climb to ~290 MB over a 1 GB file (vs ~155 MB).
 */
async function openFile(path: string) {
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    await new Promise<void>((resolve, reject) => stream.once("open", () => resolve()).once("error", reject));
  } catch {
    throw SpecError.single(
      { file: displayPath(path), message: "does not exist or cannot be read" },
      "Check the path, or pass - to read stdin.",
    );
  }
  return stream;
}
