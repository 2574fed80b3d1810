// Reads a Stripe-Signature header: "t=<unix seconds>,v1=<hex>[,v1=<hex>…][,v0=…]". Stricter than
// stripe-node where it is lax (a non-numeric or repeated `t` is malformed, not NaN or the last one);
// otherwise it reads what stripe-node reads (no trimming: " v1=" is not a v1 entry; entries
// without "=" are skipped).
import { malformedHeader, missingHeader, noV1Signature } from "./signature-error.ts";

export interface SignatureHeader {
  /** Unix seconds. */
  readonly timestamp: number;
  /** The v1= values as written. */
  readonly signatures: readonly string[];
}

const DIGITS = /^\d{1,15}$/;

export function parseSignatureHeader(header: unknown): SignatureHeader {
  if (header === undefined || header === null || header === "") throw missingHeader();
  if (typeof header !== "string") throw malformedHeader(`expected a string, got ${describe(header)}`);
  const timestamps: string[] = [];
  const signatures: string[] = [];
  const otherSchemes = new Set<string>();
  for (const item of header.split(",")) {
    const equals = item.indexOf("=");
    if (equals < 0) continue;
    const key = item.slice(0, equals);
    const value = item.slice(equals + 1);
    if (key === "t") timestamps.push(value);
    else if (key === "v1") signatures.push(value);
    else if (/^v\d+$/.test(key)) otherSchemes.add(`${key}=`);
  }
  if (timestamps.length === 0) throw malformedHeader("it has no t= timestamp");
  if (timestamps.length > 1) throw malformedHeader(`it has ${timestamps.length} t= timestamps`);
  const written = timestamps[0]!;
  if (!DIGITS.test(written)) throw malformedHeader(`t=${JSON.stringify(written)} is not unix seconds`);
  if (signatures.length === 0) throw noV1Signature([...otherSchemes]);
  // stripe-node throws on an empty entry even when another one matches; refuse it as plainly.
  if (signatures.includes("")) throw malformedHeader("it has an empty v1= entry");
  return { timestamp: Number(written), signatures };
}

function describe(value: unknown): string {
  return Array.isArray(value) ? "an array (pass the single header value)" : typeof value;
}
