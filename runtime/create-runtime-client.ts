// Binds plain OperationDescriptor data to callable methods. All per-operation work happens here, once.
import { abortableSleep } from "./abortable-sleep.ts";
import { type CallContext, type CallRequest, callOperation, type LastResponse } from "./call-operation.ts";
import type { ClientOptions, OperationMap, RuntimeClient } from "./client-types.ts";
import type { OperationDescriptor, ValidateFn } from "./operation.ts";
import { type PaginateRequest, paginateV1, paginateV2 } from "./paginate.ts";
import { type ClientSettings, type PreparedOperation, prepareOperation } from "./prepare-operation.ts";
import type { Transport } from "./send.ts";

const DEFAULT_TIMEOUT_MS = 80_000;
const DEFAULT_MAX_NETWORK_RETRIES = 2;

export interface RuntimeDependencies {
  /** Generated validators; required only with `validateResponses: true`. */
  readonly validate?: ValidateFn;
}

function checkOptions(options: ClientOptions): void {
  if (options.stripeAccount !== undefined && options.stripeContext !== undefined) {
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
}

function transportFrom(options: ClientOptions): Transport {
  return {
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxNetworkRetries: options.maxNetworkRetries ?? DEFAULT_MAX_NETWORK_RETRIES,
    sleep: options.sleep ?? abortableSleep,
    random: options.random ?? Math.random,
  };
}

function settingsFrom(options: ClientOptions): ClientSettings {
  return {
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    stripeVersion: options.stripeVersion,
    stripeAccount: options.stripeAccount,
    stripeContext: options.stripeContext,
    authScheme: options.authScheme ?? "bearer",
  };
}

function validatorFrom(options: ClientOptions, dependencies: RuntimeDependencies): ValidateFn | undefined {
  if (options.validateResponses !== true) return undefined;
  if (dependencies.validate === undefined)
    throw new TypeError("validateResponses needs the generated validate() function");
  return dependencies.validate;
}

function paginator(
  context: CallContext,
  operation: PreparedOperation,
): (request?: PaginateRequest) => AsyncIterable<unknown> {
  const fetchPage = (request: CallRequest, nextPageUrl?: string): Promise<unknown> =>
    callOperation(context, operation, request, nextPageUrl);
  return operation.descriptor.pagination === "v2-list"
    ? (request = {}) => paginateV2(fetchPage, request, operation.operationId, operation.origin)
    : (request = {}) => paginateV1(fetchPage, request, operation.operationId);
}

export function createRuntimeClient<Ops extends OperationMap<Ops>>(
  operations: { readonly [K in keyof Ops]: OperationDescriptor },
  dependencies: RuntimeDependencies = {},
  options: ClientOptions = {},
): RuntimeClient<Ops> {
  checkOptions(options);
  let lastResponse: LastResponse | undefined;
  const context: CallContext = {
    transport: transportFrom(options),
    validate: validatorFrom(options, dependencies),
    newIdempotencyKey: options.newIdempotencyKey ?? (() => `stripe-events-contract-${crypto.randomUUID()}`),
    onResponse: (response) => {
      lastResponse = response;
    },
  };
  const settings = settingsFrom(options);
  const methods: Record<string, unknown> = {};
  const paginate: Record<string, unknown> = {};
  for (const name of Object.keys(operations)) {
    const operation = prepareOperation(
      (operations as Record<string, OperationDescriptor>)[name] as OperationDescriptor,
      settings,
    );
    methods[name] = (request: CallRequest = {}) => callOperation(context, operation, request);
    if (operation.descriptor.pagination !== undefined) paginate[name] = paginator(context, operation);
  }
  Object.defineProperty(methods, "paginate", { value: paginate, enumerable: false });
  Object.defineProperty(methods, "lastResponse", { get: () => lastResponse, enumerable: false });
  return methods as RuntimeClient<Ops>;
}
