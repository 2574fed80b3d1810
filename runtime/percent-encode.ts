// RFC 3986 percent-encoding, the one place the runtime turns text into URL-safe text. Strict:
// only unreserved characters (A–Z a–z 0–9 - . _ ~) stay as they are, so `!'()*`, which
// encodeURIComponent leaves alone, are encoded too (as qs and stripe-node do).

const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
const SUB_DELIMS_KEPT_BY_ENCODE_URI_COMPONENT = /[!'()*]/g;
/** A percent-encoded triple (kept), or a run of characters that are neither unreserved nor reserved. */
const NOT_RESERVED_OR_UNRESERVED = /%[0-9A-Fa-f]{2}|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|%/g;

function encodeText(text: string): string {
  // A lone UTF-16 surrogate would make encodeURIComponent throw; send U+FFFD in its place.
  return encodeURIComponent((text as string & { toWellFormed(): string }).toWellFormed());
}

const hex = (character: string): string => `%${character.charCodeAt(0).toString(16).toUpperCase()}`;

export function percentEncode(text: string): string {
  if (UNRESERVED.test(text)) return text;
  return encodeText(text).replace(SUB_DELIMS_KEPT_BY_ENCODE_URI_COMPONENT, hex);
}

/**
 * `allowReserved: true`: RFC 3986 reserved characters (`:/?#[]@!$&'()*+,;=`) and existing
 * percent-encoded triples are sent as they are; everything else is encoded.
 */
export function percentEncodeAllowReserved(text: string): string {
  return text.replace(NOT_RESERVED_OR_UNRESERVED, (run) =>
    run.length === 3 && run[0] === "%" ? run : encodeText(run),
  );
}
