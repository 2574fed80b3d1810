// The contract between generated code and the runtime: generated/operations.ts emits one
// OperationDescriptor per operation, and generated/client.ts binds them to typed methods. Plain
// data, so one runtime serves every generated client (openapi-fetch style). Each profile carries
// exactly what its half of the runtime reads, and nothing else.
import type { DocumentedResponses } from "../core/response-for-status.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "TRACE";

/**
 * How requests go on the wire. `stripe`: Stripe's bracket encoding, form bodies for v1 and JSON
 * for v2, Stripe's headers, retries and errors, as the official stripe-node SDK does. `openapi`: the
 * spec's own rules (parameter styles, request and response media types).
 */
export type WireProfile = "stripe" | "openapi";

interface OperationBase {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template as written in the spec, e.g. "/v1/events/{id}". */
  readonly path: string;
  /** First server URL of the spec the operation came from, e.g. "https://api.stripe.com". */
  readonly serverUrl: string;
  /**
   * Documented responses: status code ("200"), range ("4XX") or "default" → name of the validator
   * for its JSON body (a key accepted by the generated validate()), or null when none is documented.
   */
  readonly responses: DocumentedResponses;
  /** How to walk pages, when the response is a Stripe-shaped list. */
  readonly pagination?: "v1-list" | "v2-list";
}

export interface StripeOperationDescriptor extends OperationBase {
  readonly profile: "stripe";
  /** info.version of the spec; sent as Stripe-Version unless the client or call overrides it. */
  readonly apiVersion: string;
}

export type ParameterStyle = "simple" | "label" | "matrix" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";

export interface ParameterDescriptor {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  /** A required parameter that is missing is a TypeError before anything is sent. */
  readonly required: boolean;
  /** The spec's style, or the default for the location (simple for path and header, form otherwise). */
  readonly style: ParameterStyle;
  readonly explode: boolean;
  /** Query only: RFC 3986 reserved characters are sent as they are. */
  readonly allowReserved?: true;
  /** Set when the spec describes the parameter with `content` instead of `schema`: the value is sent as JSON text. */
  readonly contentType?: string;
}

/** An Encoding Object of a form-urlencoded or multipart body, for one property. */
export interface PropertyEncoding {
  readonly contentType?: string;
  readonly style?: ParameterStyle;
  readonly explode?: boolean;
  readonly allowReserved?: true;
}

export interface RequestBodyDescriptor {
  /** The media type the body is sent as, e.g. "application/merge-patch+json" or "multipart/form-data". */
  readonly mediaType: string;
  /** A required body that is missing is a TypeError before anything is sent. */
  readonly required: boolean;
  /** Per-property encoding (form-urlencoded and multipart bodies only). */
  readonly encoding?: Readonly<Record<string, PropertyEncoding>>;
}

export interface OpenApiOperationDescriptor extends OperationBase {
  readonly profile: "openapi";
  readonly parameters: readonly ParameterDescriptor[];
  /** Absent when the operation sends no body (none documented, or a GET/HEAD, which cannot carry one). */
  readonly requestBody?: RequestBodyDescriptor;
  /** The documented response media types, sent as the Accept header. */
  readonly accept?: string;
}

export type OperationDescriptor = StripeOperationDescriptor | OpenApiOperationDescriptor;

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
/**
 * Any generated validate(), whatever its schema names. Written as a method so that a validate() whose
 * parameter is a union of known names (a typo is a compile error there) is still accepted here, where
 * names come from operation data at run time.
 */
export type ValidateFn = { check(name: string, data: unknown): ValidationResult }["check"];
