// Checks one record: parse, pick the validator, validate, and turn failures into the same
// Violation shape the contract suite prints (contract/violation.ts). Counts live on the instance,
// one per run; the valid path allocates nothing beyond JSON.parse.

import { formatViolation, formatViolationLine, type Violation, violationsFromErrors } from "../contract/violation.ts";
import type { BulkValidators } from "./bulk-validators.ts";
import { chooseSchema, describeObjectField } from "./choose-schema.ts";

export interface CheckCounts {
  records: number;
  valid: number;
  invalid: number;
  unreadable: number;
  readonly bySchema: Map<string, number>;
}

export type FailureStyle = "block" | "line";

export interface RecordCheckerOptions {
  readonly validators: BulkValidators;
  /** Name shown in failure lines, e.g. the file path or "stdin". */
  readonly source: string;
  /** Check every record against this schema instead of choosing by its `object` field. */
  readonly schema?: string;
  readonly style: FailureStyle;
  readonly emit: (text: string) => void;
}

export class RecordChecker {
  readonly counts: CheckCounts = { records: 0, valid: 0, invalid: 0, unreadable: 0, bySchema: new Map() };
  readonly #validators: BulkValidators;
  readonly #source: string;
  readonly #schema: string | undefined;
  readonly #style: FailureStyle;
  readonly #emit: (text: string) => void;

  constructor(options: RecordCheckerOptions) {
    this.#validators = options.validators;
    this.#source = options.source;
    this.#schema = options.schema;
    this.#style = options.style;
    this.#emit = options.emit;
  }

  /** Arrow property so it can be handed to the reader as a callback without bind(). */
  readonly check = (text: string, line: number): void => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      if (text.trim() === "") return;
      this.counts.records++;
      this.counts.unreadable++;
      this.#report([this.#unreadable(line, `unreadable input: ${(error as Error).message}`)]);
      return;
    }
    this.counts.records++;
    const schema = this.#schema ?? chooseSchema(data, this.#validators);
    if (schema === undefined) {
      this.counts.invalid++;
      this.#report([
        {
          source: `${this.#source}:${line}`,
          operation: recordId(data),
          reason: `no schema chosen: ${describeObjectField(data)}; pass --schema <name>`,
        },
      ]);
      return;
    }
    this.counts.bySchema.set(schema, (this.counts.bySchema.get(schema) ?? 0) + 1);
    const result = this.#validators.validate(schema, data);
    if (result.valid) {
      this.counts.valid++;
      return;
    }
    this.counts.invalid++;
    this.#report(
      violationsFromErrors(
        { source: `${this.#source}:${line}`, operation: recordId(data), schema },
        data,
        result.errors,
      ),
    );
  };

  /** A framing problem (truncated array, stray bracket) ends the read; it is reported like a bad line. */
  reportUnreadable(line: number, message: string): void {
    this.counts.unreadable++;
    this.#report([this.#unreadable(line, message)]);
  }

  #unreadable(line: number, reason: string): Violation {
    return { source: `${this.#source}:${line}`, operation: "(unreadable)", reason };
  }

  #report(violations: readonly Violation[]): void {
    for (const violation of violations)
      this.#emit(this.#style === "block" ? `${formatViolation(violation)}\n\n` : `${formatViolationLine(violation)}\n`);
  }
}

/** The id a user greps their logs for; "(no id)" when the record has none. */
function recordId(data: unknown): string {
  const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : "(no id)";
}
