// The named parts of one operation: path/query/header parameter objects, the request body, and a
// type per documented response. Parameters become a synthetic object schema so that they go
// through the same transformers as component schemas.
import type { OperationModel, ParameterModel, SchemaObject } from "../model/api-model.ts";
import { sentRequestBody } from "../model/build-operation.ts";
import type { NameRegistry } from "../model/names.ts";

export interface OperationTypeNames {
  path?: string;
  query?: string;
  headers?: string;
  cookies?: string;
  body?: string;
  /** status → type name */
  responses: Map<string, string>;
  /** Type names of the 2xx responses with a body, in status order ([]: the response is unknown). */
  success: string[];
  pathRequired: boolean;
  queryRequired: boolean;
  headersRequired: boolean;
  cookiesRequired: boolean;
}

export interface PartDeclaration {
  name: string;
  schema: SchemaObject | boolean;
  docs: string[];
}

const LOCATION_SUFFIX = { path: "PathParams", query: "Query", header: "Headers", cookie: "Cookies" } as const;
const REQUEST_KEY = { path: "path", query: "query", header: "headers", cookie: "cookies" } as const;

export function operationPartSchemas(
  operation: OperationModel,
  registry: NameRegistry,
): { names: OperationTypeNames; declarations: PartDeclaration[] } {
  const declarations: PartDeclaration[] = [];
  const names: OperationTypeNames = {
    responses: new Map(),
    success: [],
    pathRequired: false,
    queryRequired: false,
    headersRequired: false,
    cookiesRequired: false,
  };
  const label = `${operation.method} ${operation.path}`;
  for (const location of ["path", "query", "header", "cookie"] as const) {
    const parameters = operation.parameters.filter((parameter) => parameter.in === location);
    if (parameters.length === 0) continue;
    const name = registry.claim(`${operation.typePrefix}${LOCATION_SUFFIX[location]}`);
    declarations.push({
      name,
      schema: parametersSchema(parameters),
      docs: [`${location} parameters of \`${label}\`.`],
    });
    const key = REQUEST_KEY[location];
    names[key] = name;
    names[`${key}Required`] = parameters.some((parameter) => parameter.required);
  }
  const body = sentRequestBody(operation);
  if (body) {
    names.body = registry.claim(`${operation.typePrefix}Body`);
    declarations.push({
      name: names.body,
      schema: body.schema,
      docs: [`Request body of \`${label}\` (${body.contentType}).`],
    });
  }
  for (const response of operation.responses) {
    if (response.schema === undefined) continue;
    const name = registry.claim(`${operation.typePrefix}Response${statusSuffix(response.status)}`);
    names.responses.set(response.status, name);
    declarations.push({
      name,
      schema: response.schema,
      docs: [`${response.status} response of \`${label}\`: ${response.description}`],
    });
  }
  names.success = [...names.responses].filter(([status]) => /^2/.test(status)).map(([, name]) => name);
  return { names, declarations };
}

function statusSuffix(status: string): string {
  return status === "default" ? "Default" : status.toUpperCase();
}

function parametersSchema(parameters: readonly ParameterModel[]): SchemaObject {
  // fromEntries defines own properties, so a parameter named "__proto__" stays a plain key.
  const properties = Object.fromEntries(parameters.map((parameter) => [parameter.name, withParameterDocs(parameter)]));
  return {
    type: "object",
    properties,
    required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    additionalProperties: false,
  };
}

function withParameterDocs(parameter: ParameterModel): SchemaObject | boolean {
  const schema = parameter.schema;
  if (typeof schema !== "object" || schema.$ref !== undefined) return schema;
  return {
    ...schema,
    description: schema.description ?? parameter.description,
    deprecated: schema.deprecated ?? (parameter.deprecated || undefined),
  };
}
