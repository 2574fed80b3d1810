// Fails a test with the formatted violations as the message, instead of an object diff that
// would bury the pointer, schema path and values a reader needs.
import { formatViolations, type Violation } from "./violation.ts";

export class ContractViolationError extends Error {
  override name = "ContractViolationError";
  readonly violations: readonly Violation[];

  constructor(violations: readonly Violation[]) {
    super(`${violations.length} contract violation(s):\n${formatViolations(violations)}`);
    this.violations = violations;
  }
}

export function expectNoViolations(violations: readonly Violation[]): void {
  if (violations.length > 0) throw new ContractViolationError(violations);
}
