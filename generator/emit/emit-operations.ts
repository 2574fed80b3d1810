// operations.ts: the runtime description of each operation (method, path, parameter styles,
// response validator names), as data the shared runtime interprets.
import type { OperationDescriptor } from "../../runtime/operation.ts";
import type { ApiModel, OperationModel } from "../model/api-model.ts";
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
  const responses = Object.fromEntries(
    operation.responses.map((response) => [response.status, response.validatorName ?? null]),
  );
  return {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    serverUrl: operation.spec.serverUrl,
    apiVersion: operation.spec.apiVersion,
    parameters: operation.parameters.map(({ name, in: location, required, style, explode }) => ({
      name,
      in: location,
      required,
      style,
      explode,
    })),
    ...(operation.requestBody
      ? { requestBody: { encoding: operation.requestBody.encoding, required: operation.requestBody.required } }
      : {}),
    responses,
    ...(operation.pagination ? { pagination: operation.pagination } : {}),
  };
}
