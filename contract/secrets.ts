// Secret handling for cassettes: what counts as a secret, and how recordings are scrubbed.
// Two levels on purpose: `findSecrets` flags strings that look like usable credentials (long
// enough to be real), while `scrubSecrets` is stricter and masks every key-shaped token,
// including short and already-masked ones, so a recording never carries even a key prefix + tail.

/** Credentials that must never be committed: full-length Stripe keys and webhook secrets. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{8,}/g,
  /\bwhsec_[A-Za-z0-9]{16,}/g,
];

/** Any key-shaped token, as Stripe prints them in error messages (sometimes partly masked with *). */
const KEY_LIKE = /\b(sk|rk|pk)_(live|test)_[A-Za-z0-9*]+|\bwhsec_[A-Za-z0-9*]+/g;

/** Headers that carry credentials or per-account cookies; dropped from recordings entirely. */
const SECRET_HEADERS = new Set(["authorization", "cookie", "set-cookie", "proxy-authorization", "stripe-signature"]);

export interface SecretFinding {
  readonly line: number;
  /** The match with all but its prefix hidden, so the report itself does not leak the secret. */
  readonly preview: string;
}

function maskedPreview(secret: string): string {
  const prefixEnd = secret.lastIndexOf("_") + 1;
  return `${secret.slice(0, prefixEnd)}${"*".repeat(Math.min(8, secret.length - prefixEnd))}`;
}

export function findSecrets(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  text.split("\n").forEach((lineText, index) => {
    for (const pattern of SECRET_PATTERNS) {
      for (const match of lineText.matchAll(pattern))
        findings.push({ line: index + 1, preview: maskedPreview(match[0]) });
    }
  });
  return findings;
}

/** Replaces key-like tokens, keeping the prefix so a reader still sees which kind of key it was. */
export function scrubText(text: string): string {
  // Brackets keep the placeholder itself from matching SECRET_PATTERNS or KEY_LIKE again.
  return text.replace(KEY_LIKE, (_token, kind: string | undefined, mode: string | undefined) =>
    kind === undefined ? "whsec_[REDACTED]" : `${kind}_${mode}_[REDACTED]`,
  );
}

/** Deep copy of a JSON value with every string scrubbed. */
export function scrubJson(value: unknown): unknown {
  if (typeof value === "string") return scrubText(value);
  if (Array.isArray(value)) return value.map(scrubJson);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubJson(item)]));
  }
  return value;
}

export function scrubHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => !SECRET_HEADERS.has(name.toLowerCase()))
      .map(([name, value]) => [name.toLowerCase(), scrubText(value)]),
  );
}
