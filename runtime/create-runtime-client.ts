// Binds plain OperationDescriptor data to callable methods, with the wire profiles it is given. All
// per-operation work happens here, once.
import { abortableSleep } from "./abortable-sleep.ts";
import { type CallContext, callOperation, type PreparedOperation } from "./call-operation.ts";
import type { ClientOptions, OperationMap, RawRequestOptions, ResponseMeta, RuntimeClient } from "./client-types.ts";
import type { OperationDescriptor, ValidateFn } from "./operation.ts";
import { type PaginateRequest, paginateV1, paginateV2 } from "./paginate.ts";
import { rawRequestCall } from "./raw-request.ts";
import type { CallRequest, ClientSettings } from "./request-parts.ts";
import { prepareWith, type WireProfiles } from "./wire-profiles.ts";

const DEFAULT_TIMEOUT_MS = 80_000;
const DEFAULT_MAX_NETWORK_RETRIES = 2;

export interface RuntimeDependencies {
  /** Generated validators; required only with `validateResponses: true`. */
  readonly validate?: ValidateFn;
}

function checkOptions(options: ClientOptions, operations: readonly OperationDescriptor[]): void {
  if (options.stripeAccount && options.stripeContext) {
    throw new TypeError(
      "Pass either stripeAccount or stripeContext, not both: Stripe rejects requests that set both headers.",
    );
  }
  if (options.authScheme !== undefined && options.authScheme !== "bearer" && options.authScheme !== "basic") {
    throw new TypeError(`authScheme must be "bearer" or "basic", got ${JSON.stringify(options.authScheme)}`);
  }
  const retries = options.maxNetworkRetries;
  if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0)) {
    throw new TypeError(`maxNetworkRetries must be a non-negative integer, got ${retries}`);
  }
  const stripeOption = (["stripeVersion", "stripeAccount", "stripeContext"] as const).find((name) => options[name]);
  if (stripeOption && operations.length > 0 && !operations.some((operation) => operation.profile === "stripe"))
    throw new TypeError(
      `${stripeOption} applies to Stripe's API only; this client's operations use the openapi profile`,
    );
}

function settingsFrom(options: ClientOptions): ClientSettings {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  return {
    apiKey: options.apiKey,
    authScheme: options.authScheme ?? "bearer",
    baseUrl: options.baseUrl,
    headers,
    stripeVersion: options.stripeVersion,
    stripeAccount: options.stripeAccount,
    stripeContext: options.stripeContext,
  };
}

function contextFrom(
  options: ClientOptions,
  dependencies: RuntimeDependencies,
  onResponse: (response: ResponseMeta) => void,
): CallContext {
  if (options.validateResponses === true && dependencies.validate === undefined)
    throw new TypeError("validateResponses needs the generated validate() function");
  return {
    transport: {
      fetch: options.fetch ?? globalThis.fetch,
      sleep: options.sleep ?? abortableSleep,
      random: options.random ?? Math.random,
    },
    validate: options.validateResponses === true ? dependencies.validate : undefined,
    newIdempotencyKey: options.newIdempotencyKey ?? (() => `stripe-events-contract-${crypto.randomUUID()}`),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxNetworkRetries: options.maxNetworkRetries ?? DEFAULT_MAX_NETWORK_RETRIES,
    onResponse,
  };
}

function paginator(
  context: CallContext,
  operation: PreparedOperation,
): (request?: PaginateRequest) => AsyncIterable<unknown> {
  const fetchPage = async (request: CallRequest, nextPageUrl?: string): Promise<unknown> =>
    (await callOperation(context, operation, request, nextPageUrl)).data;
  return operation.descriptor.pagination === "v2-list"
    ? (request = {}) => paginateV2(fetchPage, request, operation.operationId, operation.origin)
    : (request = {}) => paginateV1(fetchPage, request, operation.operationId);
}

export function createClientWithProfiles<Ops extends OperationMap<Ops>>(
  profiles: WireProfiles,
  operations: { readonly [K in keyof Ops]: OperationDescriptor },
  dependencies: RuntimeDependencies = {},
  options: ClientOptions = {},
): RuntimeClient<Ops> {
  const descriptors = Object.values(operations) as OperationDescriptor[];
  checkOptions(options, descriptors);
  let lastResponse: ResponseMeta | undefined;
  const context = contextFrom(options, dependencies, (response) => {
    lastResponse = response;
  });
  const settings = settingsFrom(options);
  const methods: Record<string, unknown> = {};
  const withResponse: Record<string, unknown> = {};
  const paginate: Record<string, unknown> = {};
  for (const name of Object.keys(operations)) {
    const operation = prepareWith(profiles, (operations as Record<string, OperationDescriptor>)[name]!, settings);
    methods[name] = async (request: CallRequest = {}) => (await callOperation(context, operation, request)).data;
    withResponse[name] = (request: CallRequest = {}) => callOperation(context, operation, request);
    if (operation.descriptor.pagination !== undefined) paginate[name] = paginator(context, operation);
  }
  const rawRequest = async (raw: RawRequestOptions) => {
    const { operation, request } = rawRequestCall({ profiles, operations: descriptors, settings }, raw);
    return (await callOperation(context, operation, request)).data;
  };
  Object.defineProperties(methods, {
    withResponse: { value: withResponse, enumerable: false },
    paginate: { value: paginate, enumerable: false },
    rawRequest: { value: rawRequest, enumerable: false },
    lastResponse: { get: () => lastResponse, enumerable: false },
  });
  return methods as RuntimeClient<Ops>;
}
