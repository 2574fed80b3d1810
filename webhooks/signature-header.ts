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
  const { timestamps, signatures } = scanEntries(header);
  if (timestamps.length === 0) throw malformedHeader("it has no t= timestamp");
  if (timestamps.length > 1) throw malformedHeader(`it has ${timestamps.length} t= timestamps`);
  const written = timestamps[0]!;
  if (!DIGITS.test(written)) throw malformedHeader(`t=${JSON.stringify(written)} is not unix seconds`);
  if (signatures.length === 0) throw noV1Signature(otherSchemes(header));
  // stripe-node throws on an empty entry even when another one matches; refuse it as plainly.
  if (signatures.includes("")) throw malformedHeader("it has an empty v1= entry");
  return { timestamp: Number(written), signatures };
}

const T = 116; // "t"
const V = 118; // "v"
const ONE = 49; // "1"
const EQUALS = 61; // "="

/** The values of the "t=" and "v1=" entries, in one pass without splitting (a header per delivery). */
function scanEntries(header: string): { timestamps: string[]; signatures: string[] } {
  const timestamps: string[] = [];
  const signatures: string[] = [];
  for (let start = 0; start <= header.length; ) {
    const comma = header.indexOf(",", start);
    const end = comma < 0 ? header.length : comma;
    const first = header.charCodeAt(start);
    if (first === T && header.charCodeAt(start + 1) === EQUALS && start + 1 < end)
      timestamps.push(header.slice(start + 2, end));
    else if (
      first === V &&
      header.charCodeAt(start + 1) === ONE &&
      header.charCodeAt(start + 2) === EQUALS &&
      start + 2 < end
    )
      signatures.push(header.slice(start + 3, end));
    start = end + 1;
  }
  return { timestamps, signatures };
}

/** The other signature schemes a header carries (v0=, …), named in the no-v1-signature message only. */
function otherSchemes(header: string): string[] {
  const schemes = header.split(",").flatMap((item) => /^(v\d+)=/.exec(item)?.[1] ?? []);
  return [...new Set(schemes)].map((scheme) => `${scheme}=`);
}

function describe(value: unknown): string {
  return Array.isArray(value) ? "an array (pass the single header value)" : typeof value;
}
