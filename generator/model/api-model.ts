// The model stage's output: what every emitter reads. Schemas stay as JSON Schema objects with
// their local $refs; the model adds names, operations and per-spec context.
import type { HttpMethod, ParameterStyle, PropertyEncoding, WireProfile } from "../../runtime/operation.ts";
import type { Locator } from "../load/locate-pointer.ts";
import type { FormatUse } from "../resolve/format-uses.ts";
import type { OpenApiMajorMinor } from "../resolve/openapi-version.ts";
import type { SpecProblem } from "../spec-error.ts";

export type SchemaObject = Record<string, unknown>;

/** The operation keys of a Path Item Object, in the order operations are collected. */
export const PATH_ITEM_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

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
  /** How the generated client talks to the API (see SpecInput.profile). */
  readonly profile: WireProfile;
  /** The line and column of a JSON pointer into the file, for messages. */
  readonly locate: Locator;
  /** The formats the document's schemas use, when the resolve stage counted them. */
  readonly formatUses?: ReadonlyMap<string, FormatUse>;
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
  /** The spec's style, or the location's default (simple for path and header, form for query and cookie). */
  readonly style: ParameterStyle;
  readonly explode: boolean;
  readonly allowReserved: boolean;
  /** The media type of a parameter described by `content` instead of `schema`. */
  readonly contentType?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly schema: SchemaObject | boolean;
}

export interface RequestBodyModel {
  readonly required: boolean;
  /** The media type the client sends, chosen from the documented ones (JSON first, then form-urlencoded). */
  readonly contentType: string;
  /** Encoding Objects of a form-urlencoded or multipart body, by property. */
  readonly encoding: Readonly<Record<string, PropertyEncoding>>;
  /** Multipart: the top-level properties that are files (format: binary, or a contentMediaType). */
  readonly binaryProperties: readonly string[];
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

/** One operation under an OpenAPI 3.1 `webhooks:` entry: a request the API sends, not one it answers. */
export interface WebhookModel {
  /** The key under `webhooks:`, e.g. "v2.core.event_destination.ping". */
  readonly name: string;
  /** Its key in the generated webhook map: the name, plus ".<method>" when the entry has several operations. */
  readonly key: string;
  readonly method: HttpMethod;
  /** "/webhooks/<name>/<method>" */
  readonly pointer: string;
  readonly summary?: string;
  readonly description?: string;
  readonly spec: SpecModel;
  /** Prefix of its type names, e.g. "V2CoreEventDestinationPingWebhook". */
  readonly typePrefix: string;
  readonly requestBody?: RequestBodyModel;
  /** Name passed to validate() for the body: the component's for a $ref, else "webhook.<key>". */
  readonly validatorName?: string;
}

/** A component schema that describes one event type (`x-stripeEvent: { type }`). */
export interface EventTypeSchema {
  readonly eventType: string;
  /** "snapshot": the schema of a v1 event's `data`; "thin": the whole v2 notification of that type. */
  readonly kind: "snapshot" | "thin";
  readonly schema: NamedSchema;
}

/** What the specs say about events, for the generated event map (webhooks.ts). */
export interface EventCatalog {
  /** The v1 event (the component with `x-resourceId: event`, as Stripe marks it). */
  readonly event?: NamedSchema;
  /** The notification of any thin event (`x-stripeEvent: { kind: thin }` without a type). */
  readonly notification?: NamedSchema;
  readonly types: readonly EventTypeSchema[];
}

export interface ApiModel {
  readonly specs: readonly SpecModel[];
  readonly schemas: readonly NamedSchema[];
  readonly operations: readonly OperationModel[];
  readonly webhooks: readonly WebhookModel[];
  readonly events: EventCatalog;
  /** What lenient mode read with an assumption, one per construct (generator/resolve/leniencies.ts). */
  readonly warnings: readonly SpecProblem[];
  /** "#/components/schemas/x" of a given spec → its NamedSchema. */
  schemaByRef(spec: SpecModel, ref: string): NamedSchema | undefined;
}
