// What kind of body a media type names, shared by the generator (which TypeScript type a body or
// response gets) and the runtime (how it encodes a request body and parses a response). One
// function, so the type a method promises and the value it returns cannot drift apart.

/**
 * - `json`: application/json and every `+json` suffix (merge-patch, json-patch, problem+json, …)
 * - `form`: application/x-www-form-urlencoded
 * - `multipart`: multipart/form-data
 * - `text`: text/*, XML, YAML: sent and read as a string
 * - `any`: a wildcard such as `*∕*` or `application/*`: the body decides (JSON for plain data)
 * - `binary`: everything else (octet-stream, images, PDFs, …): Blob in, Blob out
 */
export type MediaKind = "json" | "form" | "multipart" | "text" | "any" | "binary";

/** "Application/JSON; charset=utf-8" → "application/json". */
export function essence(mediaType: string): string {
  const semicolon = mediaType.indexOf(";");
  return (semicolon === -1 ? mediaType : mediaType.slice(0, semicolon)).trim().toLowerCase();
}

const JSON_TYPE = /^[a-z0-9!#$&^_.+-]+\/(?:[a-z0-9!#$&^_.+-]+\+)?json$/;
const TEXT_TYPE = /^(?:text\/.+|application\/(?:[a-z0-9!#$&^_.+-]+\+)?(?:xml|yaml|x-yaml))$/;

export function mediaKind(mediaType: string): MediaKind {
  const type = essence(mediaType);
  if (JSON_TYPE.test(type)) return "json";
  if (type === "application/x-www-form-urlencoded") return "form";
  if (type === "multipart/form-data") return "multipart";
  if (TEXT_TYPE.test(type)) return "text";
  if (type === "*/*" || type.endsWith("/*")) return "any";
  return "binary";
}
