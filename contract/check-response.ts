// The heart of the contract check: is this status documented for the operation, and does the
// body match the schema documented for that status? Shared by recorded and live runs.

import { responseForStatus } from "../core/response-for-status.ts";
import type { OperationDescriptor, ValidateFn } from "../runtime/operation.ts";
import { describeValue, type Violation, violationsFromErrors } from "./violation.ts";

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
  const documented = responseForStatus(operation.responses, status);
  if (documented === undefined) {
    return {
      responseKey: undefined,
      violations: [
        {
          ...base,
          reason: `status ${status} is not documented for ${operation.method} ${operation.path}`,
          expected: `one of ${Object.keys(operation.responses).join(", ")}`,
          actual: String(status),
        },
      ],
    };
  }
  const { key: responseKey, schema } = documented;
  if (schema === null) return { responseKey, violations: [] };
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
