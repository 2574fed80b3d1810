// operations.ts: the runtime description of each operation, as data the shared runtime
// interprets: exactly what the operation's wire profile reads (runtime/operation.ts), no more.
import type { OperationDescriptor, ParameterDescriptor, RequestBodyDescriptor } from "../../runtime/operation.ts";
import type { ApiModel, OperationModel, ParameterModel, RequestBodyModel } from "../model/api-model.ts";
import { sentRequestBody } from "../model/build-operation.ts";
import type { Declaration } from "./code/declaration.ts";
import { literal, reference, unionOf } from "./code/type-node.ts";

export function buildOperations(model: ApiModel, runtimeImport: string): Declaration[] {
  const entries = model.operations.map(
    (operation) => `  ${JSON.stringify(operation.memberName)}: ${JSON.stringify(operationSpec(operation))}`,
  );
  return [
    { kind: "import", typeOnly: true, from: runtimeImport, names: [{ name: "OperationDescriptor" }] },
    {
      kind: "typeAlias",
      name: "OperationName",
      exported: true,
      docs: ["Client method names, one per operation."],
      type: unionOf(model.operations.map((operation) => literal(operation.memberName))),
    },
    {
      kind: "const",
      name: "operations",
      exported: true,
      type: reference("Readonly", [
        reference("Record", [reference("OperationName"), reference("OperationDescriptor")]),
      ]),
      // JSON, one operation per line, rather than an object literal: tsc would infer and check
      // every literal (over half a second on GitHub's spec) although the data was built from typed
      // code, and V8 parses JSON faster than an object literal of the same size.
      value: { kind: "parsedJson", json: `{\n${entries.join(",\n")}\n}` },
    },
  ];
}

function operationSpec(operation: OperationModel): OperationDescriptor {
  const base = {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    serverUrl: operation.spec.serverUrl,
    responses: Object.fromEntries(
      operation.responses.map((response) => [response.status, response.validatorName ?? null]),
    ),
    ...(operation.pagination ? { pagination: operation.pagination } : {}),
  };
  if (operation.spec.profile === "stripe") return { profile: "stripe", ...base, apiVersion: operation.spec.apiVersion };
  const body = sentRequestBody(operation);
  const accept = [...new Set(operation.responses.flatMap((response) => response.contentType ?? []))].join(", ");
  return {
    profile: "openapi",
    ...base,
    parameters: operation.parameters.map(parameterSpec),
    ...(body ? { requestBody: requestBodySpec(body) } : {}),
    ...(accept === "" ? {} : { accept }),
  };
}

/** Only what differs from the defaults, so operations.ts stays small. */
function parameterSpec(parameter: ParameterModel): ParameterDescriptor {
  const { name, in: location, required, style, explode, allowReserved, contentType } = parameter;
  return {
    name,
    in: location,
    required,
    style,
    explode,
    ...(allowReserved ? { allowReserved: true as const } : {}),
    ...(contentType === undefined ? {} : { contentType }),
  };
}

function requestBodySpec(body: RequestBodyModel): RequestBodyDescriptor {
  const encoding = Object.keys(body.encoding).length > 0 ? { encoding: body.encoding } : {};
  return { mediaType: body.contentType, required: body.required, ...encoding };
}
