// The request and response types of one client method, as the operation's wire profile sends and
// reads them: typed parameters per location, a body of the type its media type is sent as (a Blob
// for files), the call options of the profile, and a response typed by its documented media type
// (JSON by its schema, text as a string, anything else as a Blob).
import { type MediaKind, mediaKind } from "../../core/media-type.ts";
import type { OperationModel, RequestBodyModel, ResponseModel } from "../model/api-model.ts";
import { sentRequestBody } from "../model/build-operation.ts";
import {
  intersectionOf,
  keyword,
  literal,
  property,
  reference,
  type TypeMember,
  type TypeNode,
  UNKNOWN,
  unionOf,
} from "./code/type-node.ts";
import type { OperationTypeNames } from "./operation-types.ts";

/** Names the generated client imports from the runtime for its types; filled while building them. */
export type RuntimeTypeNames = Set<"CallOptions" | "StripeCallOptions" | "MultipartBody" | "BinaryBody">;

/** A type of types.ts, which client.ts imports as the namespace T. */
function fromTypes(name: string): TypeNode {
  return reference(`T.${name}`);
}

const STRING_RECORD = reference("Record", [keyword("string"), keyword("string")]);

/** Extra headers are strings; an openapi operation's own header parameters may be arrays or objects (style simple). */
function headersType(operation: OperationModel, names: OperationTypeNames): TypeNode {
  if (!names.headers) return STRING_RECORD;
  const extra = operation.spec.profile === "stripe" ? STRING_RECORD : reference("Record", [keyword("string"), UNKNOWN]);
  return intersectionOf([fromTypes(names.headers), extra]);
}

function bodyType(body: RequestBodyModel, name: string, used: RuntimeTypeNames): TypeNode {
  const kind = mediaKind(body.contentType);
  if (kind === "binary") {
    used.add("BinaryBody");
    return reference("BinaryBody");
  }
  if (kind !== "multipart" || body.binaryProperties.length === 0) return fromTypes(name);
  used.add("MultipartBody");
  return reference("MultipartBody", [fromTypes(name), unionOf(body.binaryProperties.map((file) => literal(file)))]);
}

/** `{ path, query, headers, cookies, body }` of the method's argument, and the profile's call options. */
export function requestType(operation: OperationModel, names: OperationTypeNames, used: RuntimeTypeNames): TypeNode {
  const members: TypeMember[] = [];
  if (names.path) members.push(property("path", fromTypes(names.path), !names.pathRequired));
  if (names.query) members.push(property("query", fromTypes(names.query), !names.queryRequired));
  const body = sentRequestBody(operation);
  if (body && names.body) members.push(property("body", bodyType(body, names.body, used), !body.required));
  members.push(property("headers", headersType(operation, names), !names.headersRequired));
  if (names.cookies) members.push(property("cookies", fromTypes(names.cookies), !names.cookiesRequired));
  const options = operation.spec.profile === "stripe" ? "StripeCallOptions" : "CallOptions";
  used.add(options);
  return intersectionOf([{ kind: "object", members }, reference(options)]);
}

function responseKind(response: ResponseModel): MediaKind | undefined {
  return response.contentType === undefined ? undefined : mediaKind(response.contentType);
}

/** One 2xx response as the runtime returns it. */
function successType(response: ResponseModel, names: OperationTypeNames): TypeNode {
  const kind = responseKind(response);
  if (kind === undefined) return keyword("undefined");
  if (kind === "text" || kind === "form") return keyword("string");
  if (kind === "binary" || kind === "multipart") return reference("Blob");
  const name = names.responses.get(response.status);
  return name === undefined ? UNKNOWN : fromTypes(name);
}

/**
 * The union of the 2xx responses. On the stripe profile every body is JSON and only the documented
 * schemas count; unknown when none is documented.
 */
export function responseType(operation: OperationModel, names: OperationTypeNames): TypeNode {
  if (operation.spec.profile === "stripe")
    return names.success.length > 0 ? unionOf(names.success.map(fromTypes)) : UNKNOWN;
  const successes = operation.responses.filter((response) => /^2/.test(response.status));
  return successes.length > 0 ? unionOf(successes.map((response) => successType(response, names))) : UNKNOWN;
}
