// client.rawRequest(): a request to any path of the client's base URL, sent exactly like the
// generated methods of that client (same profile, headers, retries, errors and parsing). It is
// built as a one-off operation of the client's profile, so no second code path exists.
import type { PreparedOperation } from "./call-operation.ts";
import type { RawRequestOptions } from "./client-types.ts";
import type { OperationDescriptor, ParameterDescriptor } from "./operation.ts";
import type { CallRequest, ClientSettings } from "./request-parts.ts";
import { prepareWith, type WireProfiles } from "./wire-profiles.ts";

/** A path on the base URL: one leading "/", then no "//" (another host), backslash or control character. */
export function checkRawPath(path: unknown): string {
  if (typeof path !== "string" || !path.startsWith("/") || /\/\/|\\|\p{Cc}/u.test(path)) {
    throw new TypeError(
      `rawRequest: path must be a path on the client's base URL, starting with one "/" (no scheme, no "//", no backslash); got ${JSON.stringify(path)}`,
    );
  }
  // Braces would read as template parameters; fetch would percent-encode them anyway.
  return path.replace(/[{}]/g, (brace) => (brace === "{" ? "%7B" : "%7D"));
}

/** The client's profile, server and Stripe API versions, taken from its operations. */
export interface RawRequestBasis {
  readonly profiles: WireProfiles;
  readonly operations: readonly OperationDescriptor[];
  readonly settings: ClientSettings;
}

function stripeVersionFor(operations: readonly OperationDescriptor[], path: string): string {
  const isV2 = path.startsWith("/v2");
  const stripe = operations.filter((operation) => operation.profile === "stripe");
  const sameApi = stripe.find((operation) => operation.path.startsWith("/v2") === isV2) ?? stripe[0];
  return sameApi?.apiVersion ?? "";
}

function rawOperation(basis: RawRequestBasis, options: RawRequestOptions, path: string): PreparedOperation {
  const first = basis.operations[0];
  const common = {
    operationId: "rawRequest",
    method: options.method,
    path,
    serverUrl: first?.serverUrl ?? "",
    responses: {},
  };
  if (first?.profile === "stripe") {
    if (options.body !== undefined && options.method !== "POST")
      throw new TypeError("rawRequest: the stripe profile sends a body only with POST; put the parameters in query");
    const apiVersion = stripeVersionFor(basis.operations, path);
    return prepareWith(basis.profiles, { ...common, profile: "stripe", apiVersion }, basis.settings);
  }
  if (options.body !== undefined && (options.method === "GET" || options.method === "HEAD"))
    throw new TypeError(`rawRequest: a ${options.method} request cannot carry a body; put the parameters in query`);
  const parameters = Object.keys(options.query ?? {}).map(
    (name): ParameterDescriptor => ({ name, in: "query", required: false, style: "form", explode: true }),
  );
  // `*/*`: a Blob, FormData or string goes as it is, anything else as JSON.
  const requestBody = options.body === undefined ? undefined : { mediaType: "*/*", required: false };
  return prepareWith(basis.profiles, { ...common, profile: "openapi", parameters, requestBody }, basis.settings);
}

export function rawRequestCall(
  basis: RawRequestBasis,
  options: RawRequestOptions,
): { operation: PreparedOperation; request: CallRequest } {
  const operation = rawOperation(basis, options, checkRawPath(options.path));
  const { method: _method, path: _path, ...request } = options;
  return { operation, request };
}
