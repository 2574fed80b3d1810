/** A CLI command: receives its arguments (without the command name), returns the exit code. */
export type Command = (args: string[]) => Promise<number>;

/** Bad flags or arguments: exit code 2 and a pointer to --help. */
export class UsageError extends Error {
  override name = "UsageError";
}
