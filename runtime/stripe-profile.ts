// The `stripe` wire profile: what stripe-node 23 (RequestSender.js, StripeResource.js, utils.js)
// sends and how it reads the answer. Parameters in Stripe's bracket encoding; GET and DELETE carry
// their parameters in the query, other methods in the body (v1 form-encoded, v2 JSON); Stripe's
// headers and automatic Idempotency-Keys; every body read as JSON, an error envelope a typed error.
import type { CallContext, ParsedBody, PreparedOperation, WireRequest } from "./call-operation.ts";
import type { ResponseMeta } from "./client-types.ts";
import { encodeJson, encodeParams } from "./encode-params.ts";
import { errorFromEnvelope, unexpectedResponse } from "./error-from-response.ts";
import type { HttpMethod, StripeOperationDescriptor } from "./operation.ts";
import { bodyText, parseJsonText } from "./parse-body.ts";
import {
  type CallRequest,
  type ClientSettings,
  callersIdempotencyKey,
  clientHeaders,
  mergeHeaders,
  operationUrl,
  ownValue,
  withQuery,
} from "./request-parts.ts";
import { STRIPE_RETRIES } from "./retry-policy.ts";
import type { ReceivedResponse } from "./send.ts";

const ACCOUNT_HEADERS = new Set(["stripe-account", "stripe-context"]);

/** What stripe-node derives from a method and path alone. */
interface StripeRoute {
  readonly method: HttpMethod;
  readonly isV2: boolean;
  /** GET and DELETE send their parameters in the query string; the other methods in the body. */
  readonly dataInQuery: boolean;
  /** v1 POST, v2 POST and DELETE get an Idempotency-Key even without retries (a closed connection is retried). */
  readonly autoIdempotencyKey: boolean;
}

function stripeRoute(method: HttpMethod, path: string): StripeRoute {
  const isV2 = path.startsWith("/v2");
  return {
    method,
    isV2,
    dataInQuery: method === "GET" || method === "DELETE" || method === "HEAD",
    autoIdempotencyKey: method === "POST" || (isV2 && method === "DELETE"),
  };
}

/** Headers of every request on this route, computed once per operation. Names lower-case. */
function stripeBaseHeaders(route: StripeRoute, settings: ClientSettings, apiVersion: string) {
  const headers = clientHeaders(settings, {
    accept: "application/json",
    "stripe-version": settings.stripeVersion ?? apiVersion,
  });
  // stripe-node sends an empty stripeContext as no header at all.
  if (settings.stripeAccount) headers["stripe-account"] = settings.stripeAccount;
  if (settings.stripeContext) headers["stripe-context"] = settings.stripeContext;
  if (!route.dataInQuery)
    headers["content-type"] = route.isV2 ? "application/json" : "application/x-www-form-urlencoded";
  return Object.freeze(headers);
}

/** Per call: its Stripe-Account or Stripe-Context in place of the client's, the Idempotency-Key, caller headers. */
function callHeaders(
  base: Readonly<Record<string, string>>,
  route: StripeRoute,
  request: CallRequest,
  context: CallContext,
): Readonly<Record<string, string>> {
  const key = callersIdempotencyKey(request) ?? (route.autoIdempotencyKey ? context.newIdempotencyKey() : undefined);
  const ownsAccount = Boolean(request.stripeAccount || request.stripeContext);
  if (request.headers === undefined && key === undefined && !ownsAccount) return base;
  const headers = mergeHeaders(base, request.headers);
  if (ownsAccount) {
    if (request.stripeAccount && request.stripeContext)
      throw new TypeError("Pass either stripeAccount or stripeContext, not both: Stripe rejects requests with both.");
    for (const name of ACCOUNT_HEADERS) delete headers[name];
    if (request.stripeAccount) headers["stripe-account"] = request.stripeAccount;
    if (request.stripeContext) headers["stripe-context"] = request.stripeContext;
  }
  if (key !== undefined) headers["idempotency-key"] = key;
  return headers;
}

function stripeWire(
  route: StripeRoute,
  base: Readonly<Record<string, string>>,
  target: string,
  request: CallRequest,
  context: CallContext,
): WireRequest {
  const { dataInQuery, isV2 } = route;
  let query = request.query;
  let body: string | undefined;
  if (dataInQuery) {
    if (request.body !== undefined) query = { ...request.query, ...(request.body as object) };
  } else body = isV2 ? encodeJson(request.body) : encodeParams(request.body as Record<string, unknown> | undefined);
  const url = withQuery(target, encodeParams(query));
  return {
    url,
    method: route.method,
    headers: callHeaders(base, route, request, context),
    body,
    retry: STRIPE_RETRIES,
  };
}

function parseStripeBody(response: ReceivedResponse): ParsedBody {
  return parseJsonText(bodyText(response.chunks));
}

/** A body with an `error` envelope is that error at any status (as stripe-node); else a 2xx JSON body is the result. */
function stripeOutcome(body: ParsedBody, response: ResponseMeta, isV2: boolean, operationId: string): unknown {
  if (body.json) {
    const error = errorFromEnvelope(body.value, response, isV2);
    if (error !== undefined) throw error;
    if (response.status >= 200 && response.status < 300) return body.value;
  }
  throw unexpectedResponse(body, response, operationId);
}

export function prepareStripeOperation(
  descriptor: StripeOperationDescriptor,
  settings: ClientSettings,
): PreparedOperation {
  const route = stripeRoute(descriptor.method, descriptor.path);
  const base = stripeBaseHeaders(route, settings, descriptor.apiVersion);
  const url = operationUrl(settings, descriptor);
  const { operationId } = descriptor;
  return {
    operationId,
    descriptor,
    origin: url.origin,
    wire: (request, context, pageUrl) => {
      const pathValue = (name: string) => {
        const value = ownValue(request.path, name);
        return value === undefined || value === null ? undefined : encodeURIComponent(String(value));
      };
      if (pageUrl !== undefined)
        return stripeWire(route, base, pageUrl, { ...request, query: undefined, body: undefined }, context);
      return stripeWire(route, base, url.fill(pathValue), request, context);
    },
    parse: parseStripeBody,
    outcome: (body, response) => stripeOutcome(body, response, route.isV2, operationId),
  };
}
