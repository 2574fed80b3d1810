// client.ts: the typed surface over the shared runtime. Only types and one createClient function
// are generated per spec; the request logic lives once in runtime/.
import { type StatementStructures, StructureKind } from "ts-morph";
import type { ApiModel, OperationModel } from "../model/api-model.ts";
import { propertyKey } from "../model/names.ts";
import type { OperationTypeNames } from "./operation-types.ts";
import { multiLineType } from "./print-source.ts";
import { docLines, escapeCommentText } from "./types/tsdoc.ts";

export interface ClientImports {
  runtime: string;
  operations: string;
  validators: string;
  types: string;
}

export function buildClient(
  model: ApiModel,
  typeNames: Map<OperationModel, OperationTypeNames>,
  imports: ClientImports,
): StatementStructures[] {
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: imports.runtime,
      namedImports: [
        "createRuntimeClient",
        { name: "ClientOptions", isTypeOnly: true },
        { name: "RuntimeClient", isTypeOnly: true },
      ],
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: imports.operations, namedImports: ["operations"] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: imports.validators, namedImports: ["validate"] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: imports.types, namespaceImport: "T" },
    {
      kind: StructureKind.Interface,
      name: "Operations",
      isExported: true,
      docs: ["Request, response and list-item types of every operation, keyed by client method name."],
      properties: model.operations.map((operation) => ({
        name: propertyKey(operation.memberName),
        docs: operationDocs(operation),
        type: multiLineType(operationTypes(operation, typeNames.get(operation)!)),
      })),
    },
    { kind: StructureKind.TypeAlias, name: "Client", isExported: true, type: "RuntimeClient<Operations>" },
    {
      kind: StructureKind.Function,
      name: "createClient",
      isExported: true,
      docs: ["A client with one method per operation. See ClientOptions for keys, retries, timeouts and validation."],
      parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
      returnType: "Client",
      statements: ["return createRuntimeClient<Operations>(operations, { validate }, options);"],
    },
  ];
}

function operationDocs(operation: OperationModel): string[] {
  const lines = [`\`${operation.method} ${operation.path}\` (operationId \`${operation.operationId}\`)`];
  for (const text of [operation.summary, operation.description]) if (text) lines.push(text);
  lines.push(...docLines({ deprecated: operation.deprecated }));
  return [escapeCommentText(lines.join("\n\n"))];
}

function operationTypes(operation: OperationModel, names: OperationTypeNames): string {
  const request = [
    names.path && `path${names.pathRequired ? "" : "?"}: T.${names.path};`,
    names.query && `query${names.queryRequired ? "" : "?"}: T.${names.query};`,
    names.body && `body${operation.requestBody?.required ? "" : "?"}: T.${names.body};`,
    `headers${names.headersRequired ? "" : "?"}: ${names.headers ? `T.${names.headers} & ` : ""}Record<string, string>;`,
    "signal?: AbortSignal;",
    "idempotencyKey?: string;",
  ].filter(Boolean);
  const success =
    names.success === "unknown"
      ? "unknown"
      : names.success
          .split(" | ")
          .map((name) => `T.${name}`)
          .join(" | ");
  const item = operation.pagination ? `${success.includes("|") ? `(${success})` : success}["data"][number]` : "never";
  return `{\n  request: {\n${request.map((line) => `    ${line}`).join("\n")}\n  };\n  response: ${success};\n  item: ${item};\n}`;
}
