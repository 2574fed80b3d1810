// A verified delivery whose body is not what the spec says: not JSON, the wrong kind of payload
// for the function called, or a schema mismatch. Violations are data, as validate() reports them.
import type { ValidationError } from "../runtime/operation.ts";

export type PayloadFailureReason = "invalid-json" | "wrong-kind" | "schema-mismatch";

const SHOWN_VIOLATIONS = 5;

export class WebhookPayloadError extends Error {
  override name = "WebhookPayloadError";
  readonly reason: PayloadFailureReason;
  /** Each mismatch: JSON pointer into the payload, schema path, keyword and message. */
  readonly violations: readonly ValidationError[];

  constructor(reason: PayloadFailureReason, message: string, violations: readonly ValidationError[] = []) {
    super(message);
    this.reason = reason;
    this.violations = violations;
  }
}

export function invalidJson(error: unknown): WebhookPayloadError {
  const detail = error instanceof Error ? error.message : String(error);
  return new WebhookPayloadError(
    "invalid-json",
    `The payload is signed but is not JSON (${detail}). Stripe always sends JSON: was the body altered after signing?`,
  );
}

export function wrongKind(called: "constructEvent" | "parseEventNotification", object: unknown): WebhookPayloadError {
  const message =
    called === "constructEvent"
      ? "This is a thin event notification (object v2.core.event), sent to an event destination: use parseEventNotification, or the router, which takes both."
      : `This is a v1 snapshot event (object ${JSON.stringify(object)}), sent to a webhook endpoint: use constructEvent, or the router, which takes both.`;
  return new WebhookPayloadError("wrong-kind", message);
}

export function schemaMismatch(schema: string, violations: readonly ValidationError[]): WebhookPayloadError {
  const shown = violations
    .slice(0, SHOWN_VIOLATIONS)
    .map((violation) => `  ${violation.pointer || "(root)"}: ${violation.message} (${violation.schemaPath})`);
  const more = violations.length > SHOWN_VIOLATIONS ? [`  … and ${violations.length - SHOWN_VIOLATIONS} more`] : [];
  return new WebhookPayloadError(
    "schema-mismatch",
    [
      `The payload does not match the schema \`${schema}\` (${violations.length} violation${violations.length === 1 ? "" : "s"}):`,
      ...shown,
      ...more,
      "If Stripe changed the payload, update the spec and regenerate; to receive it anyway, pass a validate callback.",
    ].join("\n"),
    violations,
  );
}
