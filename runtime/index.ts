// Public entry point of the runtime ("stripe-events-contract/runtime").

export type { Sleep } from "./abortable-sleep.ts";
export type {
  BinaryBody,
  CallOptions,
  ClientOptions,
  MultipartBody,
  OperationMap,
  OperationMethod,
  OperationShape,
  PaginateMethod,
  RawRequestOptions,
  ResponseMeta,
  RuntimeClient,
  StripeCallOptions,
  WithResponse,
  WithResponseMethod,
} from "./client-types.ts";
export { createClientWithProfiles, type RuntimeDependencies } from "./create-runtime-client.ts";
export { encodeParams } from "./encode-params.ts";
export {
  ApiError,
  AuthenticationError,
  CardError,
  ConnectionError,
  ContractError,
  IdempotencyError,
  InvalidRequestError,
  PermissionError,
  RateLimitError,
  StripeError,
  type StripeErrorInit,
  TimeoutError,
} from "./errors.ts";
export type * from "./operation.ts";
export type { PaginateRequest } from "./paginate.ts";
export { createOpenApiClient, createRuntimeClient, createStripeClient } from "./profile-clients.ts";
export type { CallRequest } from "./request-parts.ts";
// Used by generated/validators.ts; ajv itself stays out of the runtime (validators are precompiled).
export { type CompiledValidator, createValidate } from "./validate-registry.ts";
export type { PrepareOperation, WireProfiles } from "./wire-profiles.ts";
