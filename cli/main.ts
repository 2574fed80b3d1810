#!/usr/bin/env node
// stripe-events-contract <command>. Each command lives in cli/<name>.ts, a thin adapter over its
// library, and is loaded on demand, so `--help` and cached runs stay fast. User errors print without
// a stack trace (add --debug for one); exit codes: 0 ok, 1 failure, 2 usage error.
import { realpathSync } from "node:fs";
import { enableCompileCache } from "node:module";
import { fileURLToPath } from "node:url";
import { SpecError } from "../generator/spec-error.ts";
import { type Command, UsageError } from "./command.ts";

// V8's on-disk code cache: the TypeScript compiler inside openapi-typescript, ajv and swagger-parser are
// parsed and compiled once instead of on every run (a documented Node API, 22.1+).
enableCompileCache();

const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  generate: () => import("./generate.ts"),
  diff: () => import("./diff.ts"),
  validate: () => import("./validate.ts"),
  webhooks: () => import("./webhooks.ts"),
  contract: () => import("./contract.ts"),
  record: () => import("./record.ts"),
  init: () => import("./init.ts"),
};

const HELP = `Usage: stripe-events-contract <command> [options]

Commands:
  init       Set up this repository: config, Stripe Events specs, cassettes, npm scripts, CI workflow
  generate   Generate types, a typed client and precompiled validators from OpenAPI 3.0/3.1 specs
  diff       Report breaking changes between two versions of a spec
  validate   Validate JSON / JSON-array / NDJSON payloads against the generated validators
  webhooks   Send signed test deliveries to an endpoint, or receive them locally (send | listen)
  contract   Run the contract suite: cassettes replayed through the generated client, then live (reports, shards)
  record     Record live exchanges (Stripe test mode, a server, or a Prism mock) as new, scrubbed cassettes

Run \`stripe-events-contract <command> --help\` for the options of a command.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const debug = rest.includes("--debug");
  // --all is an option of the command (which prints its warnings with it); errors are printed here.
  const all = rest.includes("--all");
  if (name === undefined || name === "--help" || name === "-h") {
    console.log(HELP);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`Unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    const { command } = await load();
    return await command(rest.filter((arg) => arg !== "--debug"));
  } catch (error) {
    return reportFailure(error, { debug, all, commandName: name });
  }
}

interface FailureContext {
  readonly debug: boolean;
  /** --all: list every problem of a SpecError, not only the first ones. */
  readonly all: boolean;
  readonly commandName: string;
}

function reportFailure(error: unknown, { debug, all, commandName }: FailureContext): number {
  if (error instanceof UsageError) {
    console.error(`Error: ${error.message}\nRun \`stripe-events-contract ${commandName} --help\` for usage.`);
    return 2;
  }
  if (error instanceof SpecError) {
    console.error(`Error: ${error.format({ all })}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `Error: ${message}\nThis looks like a bug in stripe-events-contract; rerun with --debug and report the stack trace.`,
    );
  }
  if (debug && error instanceof Error) console.error(error.stack);
  return 1;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = await main(process.argv.slice(2));
