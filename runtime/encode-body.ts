// Request bodies of the `openapi` profile, by the media type the spec documents: JSON (and every
// +json), form-urlencoded with its Encoding Objects, multipart/form-data with Blob/File parts,
// text, binary, and wildcards (`*∕*`), where the value decides.
import { mediaKind } from "../core/media-type.ts";
import { isPlainObject } from "../core/plain-object.ts";
import type { PropertyEncoding, RequestBodyDescriptor } from "./operation.ts";
import { percentEncode } from "./percent-encode.ts";
import { serializeFormParameter } from "./serialize-style.ts";

export interface EncodedBody {
  readonly body: BodyInit | undefined;
  /** undefined when fetch sets it (multipart boundaries, a Blob's own type) or there is no body. */
  readonly contentType: string | undefined;
}

const NO_BODY: EncodedBody = { body: undefined, contentType: undefined };

/** Values fetch sends as they are. */
function isBodyInit(
  value: unknown,
): value is Blob | ArrayBuffer | ArrayBufferView<ArrayBuffer> | FormData | URLSearchParams {
  return (
    value instanceof Blob ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    value instanceof FormData ||
    value instanceof URLSearchParams
  );
}

function members(value: unknown, what: string): [string, unknown][] {
  if (!isPlainObject(value)) throw new TypeError(`a ${what} body must be an object of its properties`);
  return Object.entries(value);
}

function formBody(value: unknown, encoding: Readonly<Record<string, PropertyEncoding>>): string {
  const pairs: string[] = [];
  for (const [name, member] of members(value, "form-urlencoded")) {
    const rule = Object.hasOwn(encoding, name) ? encoding[name] : undefined;
    if (rule?.contentType !== undefined && mediaKind(rule.contentType) === "json") {
      if (member !== undefined) pairs.push(`${percentEncode(name)}=${percentEncode(JSON.stringify(member))}`);
      continue;
    }
    const style = rule?.style ?? "form";
    const serialization = {
      name,
      style,
      explode: rule?.explode ?? style === "form",
      allowReserved: rule?.allowReserved,
    };
    pairs.push(...serializeFormParameter(serialization, member));
  }
  return pairs.join("&");
}

/** One part: a Blob (a File keeps its name) as a file, an object as JSON, anything else as text. */
function appendPart(form: FormData, name: string, value: unknown, rule: PropertyEncoding | undefined): void {
  if (value === undefined || value === null) return;
  if (value instanceof Blob) {
    const typed = value.type === "" && rule?.contentType ? new Blob([value], { type: rule.contentType }) : value;
    if (value instanceof File) form.append(name, typed, value.name);
    else form.append(name, typed);
  } else if (typeof value === "object" && !(value instanceof Date)) {
    form.append(name, new Blob([JSON.stringify(value)], { type: rule?.contentType ?? "application/json" }));
  } else form.append(name, value instanceof Date ? value.toISOString() : String(value));
}

function multipartBody(value: unknown, encoding: Readonly<Record<string, PropertyEncoding>>): FormData {
  if (value instanceof FormData) return value;
  const form = new FormData();
  for (const [name, member] of members(value, "multipart/form-data")) {
    const rule = Object.hasOwn(encoding, name) ? encoding[name] : undefined;
    // An array is one part per item, all under the property's name.
    for (const item of Array.isArray(member) ? member : [member]) appendPart(form, name, item, rule);
  }
  return form;
}

function anyBody(value: unknown): EncodedBody {
  if (isBodyInit(value)) return { body: value, contentType: undefined };
  if (typeof value === "string") return { body: value, contentType: "text/plain;charset=UTF-8" };
  return { body: JSON.stringify(value), contentType: "application/json" };
}

function encodeKnown(descriptor: RequestBodyDescriptor, value: unknown): EncodedBody {
  const { mediaType } = descriptor;
  const encoding = descriptor.encoding ?? {};
  switch (mediaKind(mediaType)) {
    case "json":
      return { body: JSON.stringify(value), contentType: mediaType };
    case "form":
      return { body: formBody(value, encoding), contentType: mediaType };
    case "multipart":
      return { body: multipartBody(value, encoding), contentType: undefined };
    case "any":
      return anyBody(value);
    default:
      // text and binary: a string or bytes, sent as they are under the documented type.
      if (typeof value !== "string" && !isBodyInit(value))
        throw new TypeError(`a ${mediaType} body must be a string, Blob, ArrayBuffer or typed array`);
      return { body: value, contentType: mediaType };
  }
}

export function encodeBody(
  descriptor: RequestBodyDescriptor | undefined,
  value: unknown,
  operationId: string,
): EncodedBody {
  if (descriptor === undefined) {
    if (value !== undefined) throw new TypeError(`${operationId}: this operation sends no request body`);
    return NO_BODY;
  }
  if (value === undefined) {
    if (descriptor.required) throw new TypeError(`${operationId}: the request body is required`);
    return NO_BODY;
  }
  try {
    return encodeKnown(descriptor, value);
  } catch (error) {
    if (error instanceof TypeError) throw new TypeError(`${operationId}: ${error.message}`, { cause: error });
    throw error;
  }
}
