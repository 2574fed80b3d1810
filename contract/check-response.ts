// The heart of the contract check: is this status documented for the operation, and does the
// body match the schema documented for that status? Shared by recorded and live runs.

import type { OperationDescriptor, ValidateFn } from "../runtime/operation.ts";
import { describeValue, type Violation, violationsFromErrors } from "./violation.ts";

/** The response key the status falls under: exact code, then range ("4XX"), then "default". */
export function documentedResponseKey(operation: OperationDescriptor, status: number): string | undefined {
  const exact = String(status);
  const range = `${exact[0]}XX`;
  return [exact, range, "default"].find((key) => Object.hasOwn(operation.responses, key));
}

export interface ResponseCheck {
  readonly source: string;
  readonly operation: OperationDescriptor;
  readonly status: number;
  /** Response text as received (cassettes store parsed JSON; callers pass JSON.stringify of it). */
  readonly text: string;
}

export interface ResponseVerdict {
  /** Documented response key the status matched, or undefined when the status is undocumented. */
  readonly responseKey: string | undefined;
  readonly violations: readonly Violation[];
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

export function checkResponse(check: ResponseCheck, validate: ValidateFn): ResponseVerdict {
  const { source, operation, status, text } = check;
  const base = { source, operation: operation.operationId, status };
  const responseKey = documentedResponseKey(operation, status);
  if (responseKey === undefined) {
    const documented = Object.keys(operation.responses).join(", ");
    return {
      responseKey,
      violations: [
        {
          ...base,
          reason: `status ${status} is not documented for ${operation.method} ${operation.path}`,
          expected: `one of ${documented}`,
          actual: String(status),
        },
      ],
    };
  }
  const schema = operation.responses[responseKey];
  if (schema === null || schema === undefined) return { responseKey, violations: [] };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      responseKey,
      violations: [
        {
          ...base,
          schema,
          reason: `body is not JSON (${parsed.error})`,
          expected: "a JSON body",
          actual: describeValue(text),
        },
      ],
    };
  }
  const result = validate(schema, parsed.value);
  const violations = result.valid ? [] : violationsFromErrors({ ...base, schema }, parsed.value, result.errors);
  return { responseKey, violations };
}
