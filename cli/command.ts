// What every command shares: its type, the usage error, and argument parsing that turns
// node:util's parse errors into usage errors naming the option (exit 2, not "a bug").
import { type ParseArgsConfig, type ParseArgsOptionDescriptor, parseArgs } from "node:util";

/** A CLI command: receives its arguments (without the command name), returns the exit code. */
export type Command = (args: string[]) => Promise<number>;

/** Bad flags or arguments: exit code 2 and a pointer to --help. */
export class UsageError extends Error {
  override name = "UsageError";
}

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

/** A command's own options plus -h/--help, which every command takes. */
export function withHelp<const O extends Record<string, ParseArgsOptionDescriptor>>(
  options: O,
): O & typeof HELP_OPTION {
  return { ...options, ...HELP_OPTION };
}

/** Answers --help: prints the command's help; the exit code is 0. */
export function printHelp(help: string): number {
  console.log(help);
  return 0;
}

/** parseArgs, strict, with every parse failure reported as a UsageError that names the argument. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    throw new UsageError(describeParseFailure(config) ?? error.message);
  }
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS_");
}

/** Finds the argument strict parsing refused, by reading the same arguments leniently. */
function describeParseFailure(config: ParseArgsConfig): string | undefined {
  const { tokens } = parseArgs({ ...config, strict: false, tokens: true });
  const options = config.options ?? {};
  for (const token of tokens) {
    if (token.kind === "positional" && config.allowPositionals !== true)
      return `unexpected argument ${JSON.stringify(token.value)}: this command takes options only`;
    if (token.kind !== "option") continue;
    const known = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (known === undefined) return `unknown option ${token.rawName}`;
    if (known.type === "boolean" && token.inlineValue === true) return `option ${token.rawName} takes no value`;
    if (known.type === "string" && (token.value === undefined || (!token.inlineValue && token.value.startsWith("-"))))
      return `option ${token.rawName} needs a value${token.value === undefined ? "" : ` (got ${token.value})`}`;
  }
  return undefined;
}
