// Public entry point of the runtime ("stripe-events-contract/runtime").
export { createRuntimeClient, type RuntimeDependencies } from "./create-runtime-client.ts";
export type { ClientOptions, OperationMap, OperationMethod, OperationShape, PaginateMethod, RuntimeClient } from "./client-types.ts";
export type { CallRequest, LastResponse } from "./call-operation.ts";
export type { PaginateRequest } from "./paginate.ts";
export type { Sleep } from "./abortable-sleep.ts";
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
  TimeoutError,
  type StripeErrorInit,
} from "./errors.ts";
export { encodeParams } from "./encode-params.ts";
export type * from "./operation.ts";
// Used by generated/validators.ts; ajv itself stays out of the runtime (validators are precompiled).
export { createValidate, type CompiledValidator } from "./validate-registry.ts";
