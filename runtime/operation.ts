// The contract between generated code and the runtime: generated/operations.ts emits
// one OperationDescriptor per operation, and generated/client.ts binds them to typed methods.
// Kept as plain data so the runtime is shared by every generated client (openapi-fetch style).

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "TRACE";

export interface ParameterDescriptor {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  /** OpenAPI style; defaults per location were already applied by the generator. */
  readonly style: string;
  readonly explode: boolean;
}

export interface RequestBodyDescriptor {
  /** "form" = application/x-www-form-urlencoded with Stripe's bracket rules (v1); "json" = application/json (v2). */
  readonly encoding: "form" | "json";
  readonly required: boolean;
}

export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template as written in the spec, e.g. "/v1/events/{id}". */
  readonly path: string;
  /** First server URL of the spec the operation came from, e.g. "https://api.stripe.com". */
  readonly serverUrl: string;
  /** info.version of the spec the operation came from; sent as Stripe-Version unless the caller overrides it. */
  readonly apiVersion: string;
  readonly parameters: readonly ParameterDescriptor[];
  readonly requestBody?: RequestBodyDescriptor;
  /**
   * Documented responses: status code ("200", "404"), range ("4XX") or "default" →
   * validator name of the JSON body schema (a key accepted by generated validate()), or null when no JSON body is documented.
   */
  readonly responses: Readonly<Record<string, string | null>>;
  /** How to walk pages, when the response is a Stripe list. */
  readonly pagination?: "v1-list" | "v2-list";
}

/**
 * Type-level description of one operation, emitted by the generator.
 * `request` is the single argument object of the client method; `response` is the 2xx body type.
 */
export interface OperationTypes {
  request: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: Record<string, unknown>;
    headers?: Record<string, string>;
    signal?: AbortSignal;
    idempotencyKey?: string;
  };
  response: unknown;
  /** Element type yielded by paginate.<op>(); never when the operation is not a list. */
  item: unknown;
}

/** What generated validators give the runtime for opt-in response validation. */
export type ValidationError = {
  /** JSON pointer into the validated data ("" is the root). */
  pointer: string;
  /** JSON pointer into the schema, e.g. "#/properties/id/type". */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
};
export type ValidationResult = { valid: true } | { valid: false; errors: ValidationError[] };
export type ValidateFn = (name: string, data: unknown) => ValidationResult;
