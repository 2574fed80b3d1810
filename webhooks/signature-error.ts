// Why a webhook signature was refused, as data (`reason`) and as a message that says what to do.

export type SignatureFailureReason =
  | "missing-header"
  | "malformed-header"
  | "no-v1-signature"
  | "no-match"
  | "too-old"
  | "in-future"
  | "not-raw-body";

const RAW_BODY_ADVICE =
  'Pass the raw request body, byte for byte as received: in Express, mount `express.raw({ type: "application/json" })` ' +
  "on the webhook route (not express.json()) and pass req.body (a Buffer); in a Next.js route handler (or any Fetch API " +
  "handler) pass `await request.text()`, never a parsed and re-serialised object.";

const HEADER_SHAPE = 'Stripe sends "t=<unix seconds>,v1=<hex signature>" (possibly several v1= entries).';

export class WebhookSignatureError extends Error {
  override name = "WebhookSignatureError";
  readonly reason: SignatureFailureReason;

  constructor(reason: SignatureFailureReason, detail: string) {
    super(detail);
    this.reason = reason;
  }
}

export function missingHeader(): WebhookSignatureError {
  return new WebhookSignatureError(
    "missing-header",
    "The request has no Stripe-Signature header. Stripe signs every delivery: check that the request came from Stripe " +
      "(or `stripe listen` / `stripe-events-contract webhooks send`) and that no proxy drops the header.",
  );
}

export function malformedHeader(problem: string): WebhookSignatureError {
  return new WebhookSignatureError(
    "malformed-header",
    `The Stripe-Signature header is malformed: ${problem}. ${HEADER_SHAPE}`,
  );
}

export function noV1Signature(schemes: readonly string[]): WebhookSignatureError {
  const found = schemes.length > 0 ? ` (it has only ${schemes.join(", ")})` : "";
  return new WebhookSignatureError(
    "no-v1-signature",
    `The Stripe-Signature header has no v1= signature${found}. ${HEADER_SHAPE} Other schemes are not accepted.`,
  );
}

export function noMatch(secretCount: number, secretHasWhitespace: boolean): WebhookSignatureError {
  const secrets = secretCount === 1 ? "the signing secret" : `any of the ${secretCount} signing secrets`;
  const whitespace = secretHasWhitespace
    ? " A secret contains whitespace, which usually means a stray newline or space was copied with it."
    : "";
  return new WebhookSignatureError(
    "no-match",
    `No v1 signature in the Stripe-Signature header matches the payload for ${secrets}. ${RAW_BODY_ADVICE} ` +
      `Also check that the secret is this endpoint's (whsec_…; \`stripe listen\` prints its own).${whitespace}`,
  );
}

export function outsideTolerance(ageSeconds: number, toleranceSeconds: number): WebhookSignatureError {
  if (ageSeconds > 0) {
    return new WebhookSignatureError(
      "too-old",
      `The signature is ${ageSeconds} s old, more than the tolerance of ${toleranceSeconds} s: a replayed or long-delayed ` +
        "delivery. If every delivery fails so, check this server's clock.",
    );
  }
  return new WebhookSignatureError(
    "in-future",
    `The signature's timestamp is ${-ageSeconds} s in the future, more than the tolerance of ${toleranceSeconds} s. ` +
      "Check this server's clock (NTP); a signature from the future is never accepted.",
  );
}

export function notRawBody(kind: "parsed" | "empty"): WebhookSignatureError {
  const what =
    kind === "empty"
      ? "The payload is empty: the request body was probably consumed already, by a body parser that ran first."
      : "The payload is a parsed object, not the raw body: a signature covers the exact bytes Stripe sent, which a parsed object no longer has.";
  return new WebhookSignatureError("not-raw-body", `${what} ${RAW_BODY_ADVICE}`);
}
