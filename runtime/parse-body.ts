// Response bodies as values. The stripe profile reads every body as JSON, as stripe-node does; the
// openapi profile reads each by its Content-Type: JSON, text (text/*, XML, YAML, form), or a Blob.
import { mediaKind } from "../core/media-type.ts";
import type { ParsedBody } from "./call-operation.ts";

const EMPTY: ParsedBody = { value: undefined, json: false, malformed: false };

export function bodyText(chunks: readonly Uint8Array[]): string {
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const decoder = new TextDecoder();
  let text = "";
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** JSON, or the text itself (malformed) when it does not parse; an empty body is `undefined`. */
export function parseJsonText(text: string): ParsedBody {
  if (text === "") return EMPTY;
  try {
    return { value: JSON.parse(text) as unknown, json: true, malformed: false };
  } catch {
    return { value: text, json: false, malformed: true };
  }
}

/** openapi profile: by the response's Content-Type; no body (204, HEAD, empty) is `undefined`. */
export function parseByContentType(chunks: readonly Uint8Array[], contentType: string | null): ParsedBody {
  if (chunks.every((chunk) => chunk.byteLength === 0)) return EMPTY;
  const kind = contentType === null ? "binary" : mediaKind(contentType);
  if (kind === "json") return parseJsonText(bodyText(chunks));
  if (kind === "text" || kind === "form") return { value: bodyText(chunks), json: false, malformed: false };
  const blob = new Blob(chunks as Uint8Array<ArrayBuffer>[], { type: contentType ?? "" });
  return { value: blob, json: false, malformed: false };
}
