// The `openapi` wire profile: exactly what the spec says. Path, query, header and cookie
// parameters by their style and explode; the body by its documented media type; the response by
// its Content-Type. No Stripe headers, no automatic Idempotency-Key, and only requests that are
// safe to repeat (idempotent methods, or a caller's Idempotency-Key) are retried.
import type { ParsedBody, PreparedOperation, WireRequest } from "./call-operation.ts";
import type { ResponseMeta } from "./client-types.ts";
import { encodeBody } from "./encode-body.ts";
import { unexpectedResponse } from "./error-from-response.ts";
import type { OpenApiOperationDescriptor, ParameterDescriptor } from "./operation.ts";
import { parseByContentType } from "./parse-body.ts";
import { percentEncode } from "./percent-encode.ts";
import {
  type CallRequest,
  type ClientSettings,
  callersIdempotencyKey,
  clientHeaders,
  mergeHeaders,
  type OperationUrl,
  operationUrl,
  ownValue,
  withQuery,
} from "./request-parts.ts";
import { IDEMPOTENT_RETRIES, NO_RETRIES } from "./retry-policy.ts";
import { serializeFormParameter, serializeHeaderParameter, serializePathParameter } from "./serialize-style.ts";

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);

type Location = ParameterDescriptor["in"];
type Parameters = Readonly<Record<Location, readonly ParameterDescriptor[]>>;

function byLocation(parameters: readonly ParameterDescriptor[]): Parameters {
  const groups: Record<Location, ParameterDescriptor[]> = { path: [], query: [], header: [], cookie: [] };
  for (const parameter of parameters) groups[parameter.in].push(parameter);
  return groups;
}

/** A `content` parameter is sent as its media type's text (JSON), then placed by its location's rules. */
function wireValue(parameter: ParameterDescriptor, value: unknown): unknown {
  return parameter.contentType === undefined || value === undefined ? value : JSON.stringify(value);
}

function checkKnown(
  given: Readonly<Record<string, unknown>> | undefined,
  declared: readonly ParameterDescriptor[],
  what: string,
  operationId: string,
): void {
  if (given === undefined) return;
  for (const name of Object.keys(given))
    if (given[name] !== undefined && !declared.some((parameter) => parameter.name === name))
      throw new TypeError(`${operationId}: "${name}" is not a ${what} parameter of this operation`);
}

/** `name=value` pairs of the given location's parameters; a missing required one is a TypeError. */
function formPairs(
  declared: readonly ParameterDescriptor[],
  given: Readonly<Record<string, unknown>> | undefined,
  operationId: string,
): string[] {
  const pairs: string[] = [];
  for (const parameter of declared) {
    const value = ownValue(given, parameter.name);
    if (value == null && parameter.required)
      throw new TypeError(`${operationId}: missing required ${parameter.in} parameter "${parameter.name}"`);
    pairs.push(...serializeFormParameter(parameter, wireValue(parameter, value)));
  }
  return pairs;
}

function target(operation: OpenApi, request: CallRequest): string {
  const { descriptor, parameters } = operation;
  checkKnown(request.query, parameters.query, "query", descriptor.operationId);
  const url = operation.url.fill((name) => {
    const parameter = parameters.path.find((candidate) => candidate.name === name);
    const value = ownValue(request.path, name);
    if (parameter === undefined) return value == null ? undefined : percentEncode(String(value));
    return serializePathParameter(parameter, wireValue(parameter, value));
  });
  return withQuery(url, formPairs(parameters.query, request.query, descriptor.operationId).join("&"));
}

/** Header parameters by style simple; the other caller headers as they are; cookies in one Cookie header. */
function headersOf(operation: OpenApi, request: CallRequest, contentType: string | undefined): Record<string, string> {
  const { parameters, descriptor } = operation;
  const declared = new Set(parameters.header.map((parameter) => parameter.name.toLowerCase()));
  const headers = mergeHeaders(operation.base, request.headers, (name) => declared.has(name));
  const given = new Map(Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  for (const parameter of parameters.header) {
    const value = serializeHeaderParameter(parameter, wireValue(parameter, given.get(parameter.name.toLowerCase())));
    if (value !== undefined) headers[parameter.name.toLowerCase()] = value;
    else if (parameter.required)
      throw new TypeError(`${descriptor.operationId}: missing required header parameter "${parameter.name}"`);
  }
  checkKnown(request.cookies, parameters.cookie, "cookie", descriptor.operationId);
  const cookies = formPairs(parameters.cookie, request.cookies, descriptor.operationId);
  if (cookies.length > 0) headers.cookie = cookies.join("; ");
  if (contentType !== undefined) headers["content-type"] = contentType;
  return headers;
}

interface OpenApi {
  readonly descriptor: OpenApiOperationDescriptor;
  readonly parameters: Parameters;
  readonly url: OperationUrl;
  readonly base: Readonly<Record<string, string>>;
}

function openApiWire(operation: OpenApi, request: CallRequest, url: string | undefined): WireRequest {
  const { descriptor } = operation;
  if (request.stripeAccount !== undefined || request.stripeContext !== undefined)
    throw new TypeError(`${descriptor.operationId}: stripeAccount and stripeContext belong to the stripe profile`);
  const body = encodeBody(descriptor.requestBody, request.body, descriptor.operationId);
  const headers = headersOf(operation, request, body.contentType);
  const key = callersIdempotencyKey(request);
  if (key !== undefined) headers["idempotency-key"] = key;
  const safe = IDEMPOTENT_METHODS.has(descriptor.method) || key !== undefined;
  const where = url ?? target(operation, request);
  return {
    url: where,
    method: descriptor.method,
    headers,
    body: body.body,
    retry: safe ? IDEMPOTENT_RETRIES : NO_RETRIES,
  };
}

function openApiOutcome(body: ParsedBody, response: ResponseMeta, operationId: string): unknown {
  if (response.status >= 200 && response.status < 300 && !body.malformed) return body.value;
  throw unexpectedResponse(body, response, operationId);
}

export function prepareOpenApiOperation(
  descriptor: OpenApiOperationDescriptor,
  settings: ClientSettings,
): PreparedOperation {
  const operation: OpenApi = {
    descriptor,
    parameters: byLocation(descriptor.parameters),
    url: operationUrl(settings, descriptor),
    base: Object.freeze(clientHeaders(settings, descriptor.accept === undefined ? {} : { accept: descriptor.accept })),
  };
  return {
    operationId: descriptor.operationId,
    descriptor,
    origin: operation.url.origin,
    wire: (request, _context, url) => openApiWire(operation, request, url),
    parse: (response) => parseByContentType(response.chunks, response.headers.get("content-type")),
    outcome: (body, response) => openApiOutcome(body, response, descriptor.operationId),
  };
}
