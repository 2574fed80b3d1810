// One OpenAPI Operation Object → OperationModel. Parameters, bodies and responses may be $refs to
// components; those are followed here so the emitters only ever see schemas.

import { mediaKind } from "../../core/media-type.ts";
import type { HttpMethod, ParameterStyle, PropertyEncoding } from "../../runtime/operation.ts";
import type {
  ApiModel,
  OperationModel,
  ParameterModel,
  RequestBodyModel,
  ResponseModel,
  SchemaObject,
  SpecModel,
} from "./api-model.ts";
import { detectPagination } from "./detect-pagination.ts";
import { derefValue } from "./refs.ts";

export interface OperationInput {
  spec: SpecModel;
  path: string;
  pathItem: Record<string, unknown>;
  operation: Record<string, unknown>;
  method: HttpMethod;
  operationId: string;
  memberName: string;
  typePrefix: string;
  pointer: string;
  schemaByRef: ApiModel["schemaByRef"];
}

type RawParameter = {
  name: string;
  in: ParameterModel["in"];
  required?: boolean;
  style?: ParameterStyle;
  explode?: boolean;
  allowReserved?: boolean;
  description?: string;
  deprecated?: boolean;
  schema?: SchemaObject;
  content?: Record<string, { schema?: SchemaObject }>;
};

type RawMediaType = { schema?: SchemaObject; encoding?: Record<string, Record<string, unknown>> };

const DEFAULT_STYLE: Record<ParameterModel["in"], ParameterStyle> = {
  path: "simple",
  query: "form",
  header: "simple",
  cookie: "form",
};

export function buildOperation(input: OperationInput): OperationModel {
  const { spec, operation } = input;
  const responses = buildResponses(input);
  return {
    operationId: input.operationId,
    memberName: input.memberName,
    typePrefix: input.typePrefix,
    method: input.method,
    path: input.path,
    pointer: input.pointer,
    summary: stringOrUndefined(operation.summary),
    description: stringOrUndefined(operation.description),
    deprecated: operation.deprecated === true,
    spec,
    parameters: buildParameters(spec.document, input.pathItem.parameters, operation.parameters),
    requestBody: buildRequestBody(spec.document, operation.requestBody),
    responses,
    pagination: detectPagination(spec.document, input.method, responses),
  };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function buildParameters(
  document: Record<string, unknown>,
  pathLevel: unknown,
  operationLevel: unknown,
): ParameterModel[] {
  // Operation-level parameters override path-level ones with the same name and location.
  const merged = new Map<string, RawParameter>();
  for (const list of [pathLevel, operationLevel]) {
    for (const entry of Array.isArray(list) ? list : []) {
      const parameter = derefValue(document, entry) as RawParameter | undefined;
      if (parameter && typeof parameter.name === "string")
        merged.set(`${parameter.in}\u0000${parameter.name}`, parameter);
    }
  }
  return [...merged.values()].map((parameter) => {
    const style = parameter.style ?? DEFAULT_STYLE[parameter.in];
    const contentType = parameter.content ? Object.keys(parameter.content)[0] : undefined;
    return {
      name: parameter.name,
      in: parameter.in,
      required: parameter.in === "path" || parameter.required === true,
      style,
      explode: parameter.explode ?? style === "form",
      allowReserved: parameter.allowReserved === true,
      ...(contentType === undefined ? {} : { contentType }),
      description: stringOrUndefined(parameter.description),
      deprecated: parameter.deprecated === true,
      schema:
        parameter.schema ?? (contentType === undefined ? undefined : parameter.content?.[contentType]?.schema) ?? {},
    };
  });
}

export function buildRequestBody(document: Record<string, unknown>, raw: unknown): RequestBodyModel | undefined {
  const body = derefValue(document, raw) as { required?: boolean; content?: Record<string, RawMediaType> } | undefined;
  if (!body?.content) return undefined;
  const contentType = pickContentType(Object.keys(body.content), [
    "application/json",
    "application/x-www-form-urlencoded",
  ]);
  if (!contentType) return undefined;
  const media = body.content[contentType] ?? {};
  const schema = media.schema ?? {};
  return {
    required: body.required === true,
    contentType,
    encoding: buildEncoding(media.encoding),
    binaryProperties: mediaKind(contentType) === "multipart" ? binaryProperties(document, schema) : [],
    schema,
  };
}

/** Encoding Objects, keeping only what the runtime reads (headers cannot be set on FormData parts). */
function buildEncoding(raw: RawMediaType["encoding"]): Record<string, PropertyEncoding> {
  const encoding: Record<string, PropertyEncoding> = {};
  for (const [property, rule] of Object.entries(raw ?? {})) {
    const kept = {
      ...(typeof rule.contentType === "string" ? { contentType: rule.contentType } : {}),
      ...(typeof rule.style === "string" ? { style: rule.style as ParameterStyle } : {}),
      ...(typeof rule.explode === "boolean" ? { explode: rule.explode } : {}),
      ...(rule.allowReserved === true ? { allowReserved: true as const } : {}),
    };
    Object.defineProperty(encoding, property, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return encoding;
}

/** A file: `format: binary` (3.0), or a `contentMediaType` without `contentEncoding` (3.1); or an array of files. */
function isBinary(document: Record<string, unknown>, raw: unknown): boolean {
  const schema = derefValue(document, raw) as SchemaObject | undefined;
  if (typeof schema !== "object" || schema === null) return false;
  if (schema.format === "binary") return true;
  if (typeof schema.contentMediaType === "string" && schema.contentEncoding === undefined) return true;
  return schema.type === "array" && schema.items !== undefined && isBinary(document, schema.items);
}

function binaryProperties(document: Record<string, unknown>, schema: SchemaObject | boolean): string[] {
  const resolved = derefValue(document, schema) as { properties?: Record<string, unknown> } | undefined;
  return Object.entries(resolved?.properties ?? {})
    .filter(([, property]) => isBinary(document, property))
    .map(([name]) => name);
}

/** The body the client sends: none for GET and HEAD, whatever the spec documents (fetch cannot send one). */
export function sentRequestBody(operation: OperationModel): RequestBodyModel | undefined {
  return operation.method === "GET" || operation.method === "HEAD" ? undefined : operation.requestBody;
}

function buildResponses(input: OperationInput): ResponseModel[] {
  const document = input.spec.document;
  const raw = (input.operation.responses ?? {}) as Record<string, unknown>;
  return Object.entries(raw).map(([status, value]) => {
    const response = derefValue(document, value) as
      | { description?: string; content?: Record<string, { schema?: SchemaObject }> }
      | undefined;
    const contentType = pickContentType(Object.keys(response?.content ?? {}), ["application/json"]);
    const schema = contentType ? response?.content?.[contentType]?.schema : undefined;
    return {
      status,
      description: response?.description ?? "",
      contentType,
      schema,
      validatorName: schema === undefined ? undefined : responseValidatorName(input, status, schema),
    };
  });
}

function responseValidatorName(input: OperationInput, status: string, schema: SchemaObject | boolean): string {
  const ref = typeof schema === "object" ? schema.$ref : undefined;
  const named = typeof ref === "string" ? input.schemaByRef(input.spec, ref) : undefined;
  return named ? named.name : `${input.operationId}.${status}`;
}

function pickContentType(available: string[], preferred: string[]): string | undefined {
  const isJson = (type: string) => mediaKind(type) === "json";
  return preferred.find((type) => available.includes(type)) ?? available.find(isJson) ?? available[0];
}
