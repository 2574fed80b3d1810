// One shape for every contract violation, and the ways to print it: the contract suite prints
// blocks (formatViolation), the bulk `validate` CLI one line per failure (formatViolationLine),
// both from the same Violation, so the two tools report a failure identically.
import { lookupPointer } from "../core/json-pointer.ts";
import type { ValidationError } from "../runtime/operation.ts";

export interface Violation {
  /** Where the payload came from: a cassette file, "live:<case>" or a file given to the CLI. */
  readonly source: string;
  /** operationId, or "webhook delivery" for payloads that are not HTTP responses. */
  readonly operation: string;
  readonly status?: number;
  /** Validator name the payload was checked against. */
  readonly schema?: string;
  /** One-line summary: the validator message, or what went wrong outside the schema. */
  readonly reason: string;
  /** JSON pointer into the payload ("" is the root). */
  readonly pointer?: string;
  readonly schemaPath?: string;
  readonly expected?: string;
  readonly actual?: string;
}

export interface ViolationContext {
  readonly source: string;
  readonly operation: string;
  readonly status?: number;
  readonly schema: string;
}

const MAX_VALUE_LENGTH = 120;

export function truncate(text: string, max = MAX_VALUE_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}… (${text.length} chars)`;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "(absent)";
  return truncate(JSON.stringify(value) ?? String(value));
}

const listOf = (values: unknown): string =>
  Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(", ") : String(values);

/** What the schema wanted, in words, from ajv's keyword params. */
export function describeExpectation(error: ValidationError): string {
  const p = error.params;
  switch (error.keyword) {
    case "type":
      return `type ${listOf(p.type)}`;
    case "required":
      return `required property ${JSON.stringify(p.missingProperty)}`;
    case "enum":
      return `one of ${listOf(p.allowedValues)}`;
    case "const":
      return JSON.stringify(p.allowedValue);
    case "pattern":
      return `a string matching /${String(p.pattern)}/`;
    case "format":
      return `format ${String(p.format)}`;
    case "additionalProperties":
      return `no property ${JSON.stringify(p.additionalProperty)}`;
    case "maxLength":
    case "maxItems":
    case "maximum":
      return `at most ${String(p.limit)}`;
    case "minLength":
    case "minItems":
    case "minimum":
      return `at least ${String(p.limit)}`;
    default:
      return error.message;
  }
}

function describeActual(error: ValidationError, data: unknown): string {
  const lookup = lookupPointer(data, error.pointer);
  if (!lookup.found) return "(absent)";
  if (error.keyword === "required" && typeof lookup.value === "object" && lookup.value !== null) {
    return truncate(`object with keys ${Object.keys(lookup.value).join(", ") || "(none)"}`);
  }
  return describeValue(lookup.value);
}

export function violationsFromErrors(
  context: ViolationContext,
  data: unknown,
  errors: readonly ValidationError[],
): Violation[] {
  return errors.map((error) => ({
    ...context,
    reason: error.message,
    pointer: error.pointer,
    schemaPath: error.schemaPath,
    expected: describeExpectation(error),
    actual: describeActual(error, data),
  }));
}

function headline(violation: Violation): string {
  const status = violation.status === undefined ? "" : ` → ${violation.status}`;
  const schema = violation.schema === undefined ? "" : ` (schema ${violation.schema})`;
  return `✖ ${violation.source}: ${violation.operation}${status}${schema}`;
}

export function formatViolation(violation: Violation): string {
  const rows: [string, string | undefined][] = [
    ["reason", violation.reason],
    ["at", violation.pointer === undefined ? undefined : violation.pointer || "(root)"],
    ["schema path", violation.schemaPath],
    ["expected", violation.expected],
    ["actual", violation.actual],
  ];
  const body = rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([label, text]) => `    ${`${label}:`.padEnd(13)}${text}`);
  return [headline(violation), ...body].join("\n");
}

export function formatViolations(violations: readonly Violation[]): string {
  return violations.map(formatViolation).join("\n\n");
}

/** One line: `✖ file:line id /pointer: message (schema name)`. */
export function formatViolationLine(violation: Violation): string {
  const pointer = violation.pointer === undefined ? "" : ` ${violation.pointer || "(root)"}:`;
  const schema = violation.schema === undefined ? "" : ` (schema ${violation.schema})`;
  return `✖ ${violation.source} ${violation.operation}${pointer} ${violation.reason}${schema}`;
}
