// operations.ts: the runtime description of each operation (method, path, parameter styles,
// response validator names), as data the shared runtime interprets.
import { type StatementStructures, StructureKind, VariableDeclarationKind } from "ts-morph";
import type { OperationDescriptor } from "../../runtime/operation.ts";
import type { ApiModel, OperationModel } from "../model/api-model.ts";

export function buildOperations(model: ApiModel, runtimeImport: string): StatementStructures[] {
  const entries = model.operations.map(
    (operation) => `  ${JSON.stringify(operation.memberName)}: ${JSON.stringify(operationSpec(operation))}`,
  );
  const names = model.operations.map((operation) => JSON.stringify(operation.memberName));
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: runtimeImport,
      namedImports: ["OperationDescriptor"],
    },
    {
      kind: StructureKind.TypeAlias,
      name: "OperationName",
      isExported: true,
      docs: ["Client method names, one per operation."],
      type: names.length > 0 ? names.join(" | ") : "never",
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      // JSON, one operation per line, rather than an object literal: tsc would infer and check
      // every literal (over half a second on GitHub's spec) although the data was built from typed
      // code, and V8 parses JSON faster than an object literal of the same size.
      declarations: [
        {
          name: "operations",
          type: "Readonly<Record<OperationName, OperationDescriptor>>",
          initializer: `JSON.parse(String.raw\`${rawTemplateSafe(`{\n${entries.join(",\n")}\n}`)}\`)`,
        },
      ],
    },
  ];
}

/** Inside String.raw`…` only a backtick or `${` can end or interrupt the text; JSON may spell both as \u escapes. */
function rawTemplateSafe(json: string): string {
  return json.replaceAll("`", "\\u0060").replaceAll("${", "$\\u007b");
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
