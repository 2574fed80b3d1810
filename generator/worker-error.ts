// A failure crosses a worker thread as plain data: structured cloning keeps an Error's message but
// not its class or its own fields, so a SpecError would arrive without its problems and hint. The
// pipeline's worker (run-with-budget.ts) and the validator worker (validator-job.ts) both use this.
import { SpecError, type SpecProblem } from "./spec-error.ts";

export type EncodedError =
  | { readonly kind: "spec"; readonly problems: readonly SpecProblem[]; readonly hint: string }
  | { readonly kind: "other"; readonly message: string; readonly stack?: string };

/** In the worker: whatever was thrown, as data that survives postMessage. */
export function encodeError(error: unknown): EncodedError {
  if (error instanceof SpecError) return { kind: "spec", problems: error.problems, hint: error.hint };
  if (error instanceof Error) return { kind: "other", message: error.message, stack: error.stack };
  return { kind: "other", message: String(error) };
}

/** In the parent: the error to throw, a SpecError again when it was one (the CLI prints those without a stack). */
export function decodeError(encoded: EncodedError): Error {
  if (encoded.kind === "spec") return new SpecError(encoded.problems, encoded.hint);
  const error = new Error(encoded.message);
  // The worker's stack says where it failed; one from here would only name this function.
  if (encoded.stack !== undefined) error.stack = encoded.stack;
  return error;
}
