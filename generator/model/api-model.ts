// The model stage's output: what every emitter reads. Schemas stay as JSON Schema objects with
// their local $refs; the model adds names, operations and per-spec context.
import type { HttpMethod } from "../../runtime/operation.ts";
import type { Locator } from "../load/locate-pointer.ts";
import type { OpenApiMajorMinor } from "../resolve/openapi-version.ts";
import type { SpecProblem } from "../spec-error.ts";

export type SchemaObject = Record<string, unknown>;

export interface SpecModel {
  /** Short name used for per-spec output files, e.g. "stripe-events-api". */
  readonly name: string;
  readonly file: string;
  /** "json-schema" for a standalone JSON Schema 2020-12 document (one named schema, its root). */
  readonly version: OpenApiMajorMinor | "json-schema";
  readonly document: Record<string, unknown>;
  /** First server URL without a trailing slash, or "" when the spec has none. */
  readonly serverUrl: string;
  /** info.version: Stripe specs use it for the API version (Stripe-Version). */
  readonly apiVersion: string;
  /** The line and column of a JSON pointer into the file, for messages. */
  readonly locate: Locator;
}

export interface NamedSchema {
  /** The component key, e.g. "event"; also the validator name. */
  readonly name: string;
  /** The TypeScript type name, e.g. "Event". */
  readonly typeName: string;
  readonly spec: SpecModel;
  /** "#/components/schemas/event" */
  readonly ref: string;
  readonly schema: SchemaObject | boolean;
}

export interface ParameterModel {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly style: string;
  readonly explode: boolean;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly schema: SchemaObject | boolean;
}

export interface RequestBodyModel {
  readonly required: boolean;
  readonly contentType: string;
  readonly encoding: "form" | "json";
  readonly schema: SchemaObject | boolean;
}

export interface ResponseModel {
  /** "200", "4XX" or "default". */
  readonly status: string;
  readonly description: string;
  readonly contentType?: string;
  readonly schema?: SchemaObject | boolean;
  /** Name passed to validate() for this body; undefined when no JSON body is documented. */
  readonly validatorName?: string;
}

export interface OperationModel {
  readonly operationId: string;
  /** Client method name (an identifier). */
  readonly memberName: string;
  /** Prefix of the operation's type names, e.g. "GetEvents". */
  readonly typePrefix: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly pointer: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly spec: SpecModel;
  readonly parameters: readonly ParameterModel[];
  readonly requestBody?: RequestBodyModel;
  readonly responses: readonly ResponseModel[];
  readonly pagination?: "v1-list" | "v2-list";
}

export interface ApiModel {
  readonly specs: readonly SpecModel[];
  readonly schemas: readonly NamedSchema[];
  readonly operations: readonly OperationModel[];
  /** What lenient mode read with an assumption, one per construct (generator/resolve/leniencies.ts). */
  readonly warnings: readonly SpecProblem[];
  /** "#/components/schemas/x" of a given spec → its NamedSchema. */
  schemaByRef(spec: SpecModel, ref: string): NamedSchema | undefined;
}
