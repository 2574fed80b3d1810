// One OpenAPI Operation Object → OperationModel. Parameters, bodies and responses may be $refs to
// components; those are followed here so the emitters only ever see schemas.
import type { HttpMethod } from "../../runtime/operation.ts";
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
  style?: string;
  explode?: boolean;
  description?: string;
  deprecated?: boolean;
  schema?: SchemaObject;
  content?: Record<string, { schema?: SchemaObject }>;
};

const DEFAULT_STYLE: Record<ParameterModel["in"], string> = {
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
    return {
      name: parameter.name,
      in: parameter.in,
      required: parameter.in === "path" || parameter.required === true,
      style,
      explode: parameter.explode ?? style === "form",
      description: stringOrUndefined(parameter.description),
      deprecated: parameter.deprecated === true,
      schema: parameter.schema ?? firstContentSchema(parameter.content) ?? {},
    };
  });
}

function firstContentSchema(content: Record<string, { schema?: SchemaObject }> | undefined): SchemaObject | undefined {
  return content ? Object.values(content)[0]?.schema : undefined;
}

export function buildRequestBody(document: Record<string, unknown>, raw: unknown): RequestBodyModel | undefined {
  const body = derefValue(document, raw) as
    | { required?: boolean; content?: Record<string, { schema?: SchemaObject }> }
    | undefined;
  if (!body?.content) return undefined;
  const contentType = pickContentType(Object.keys(body.content), [
    "application/json",
    "application/x-www-form-urlencoded",
  ]);
  if (!contentType) return undefined;
  return {
    required: body.required === true,
    contentType,
    encoding: isJson(contentType) ? "json" : "form",
    schema: body.content[contentType]?.schema ?? {},
  };
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

function isJson(contentType: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType);
}

function pickContentType(available: string[], preferred: string[]): string | undefined {
  return preferred.find((type) => available.includes(type)) ?? available.find(isJson) ?? available[0];
}
