// client.ts: the typed surface over the shared runtime. Only types and one createClient function
// are generated per spec; the request logic lives once in runtime/.
import type { ApiModel, OperationModel } from "../model/api-model.ts";
import { propertyKey } from "../model/names.ts";
import { type RuntimeTypeNames, requestType, responseType } from "./client-signatures.ts";
import type { Declaration } from "./code/declaration.ts";
import {
  indexedAccess,
  keyword,
  literal,
  NEVER,
  objectOf,
  property,
  reference,
  type TypeMember,
  type TypeNode,
} from "./code/type-node.ts";
import type { OperationTypeNames } from "./operation-types.ts";
import { docLines } from "./types/tsdoc.ts";

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
): Declaration[] {
  const used: RuntimeTypeNames = new Set();
  const factory = clientFactory(model);
  const members: TypeMember[] = model.operations.map((operation) =>
    property(
      propertyKey(operation.memberName),
      operationTypes(operation, typeNames.get(operation)!, used),
      false,
      operationDocs(operation),
    ),
  );
  return [
    {
      kind: "import",
      from: imports.runtime,
      names: [
        { name: factory },
        { name: "ClientOptions", typeOnly: true },
        { name: "RuntimeClient", typeOnly: true },
        ...[...used].sort().map((name) => ({ name, typeOnly: true })),
      ],
    },
    { kind: "import", from: imports.operations, names: [{ name: "operations" }] },
    { kind: "import", from: imports.validators, names: [{ name: "validate" }] },
    { kind: "import", from: imports.types, typeOnly: true, namespace: "T" },
    {
      kind: "interface",
      name: "Operations",
      exported: true,
      docs: ["Request, response and list-item types of every operation, keyed by client method name."],
      members,
    },
    { kind: "typeAlias", name: "Client", exported: true, type: reference("RuntimeClient", [reference("Operations")]) },
    {
      kind: "function",
      name: "createClient",
      exported: true,
      docs: ["A client with one method per operation. See ClientOptions for keys, retries, timeouts and validation."],
      parameters: [{ name: "options", type: reference("ClientOptions"), initializer: { kind: "code", text: "{}" } }],
      returnType: reference("Client"),
      body: [`return ${factory}<Operations>(operations, { validate }, options);`],
    },
  ];
}

/**
 * The runtime function that creates this client: the one of the single profile its operations use,
 * so that a bundle carries only that profile; createRuntimeClient (every profile) for mixed specs.
 */
export function clientFactory(model: Pick<ApiModel, "operations">): string {
  const profiles = new Set(model.operations.map((operation) => operation.spec.profile));
  if (profiles.size === 1 && profiles.has("stripe")) return "createStripeClient";
  if (profiles.size === 1 && profiles.has("openapi")) return "createOpenApiClient";
  return "createRuntimeClient";
}

/** One paragraph each: the method and path, the summary, the description, then tags. */
function operationDocs(operation: OperationModel): string[] {
  const paragraphs = [`\`${operation.method} ${operation.path}\` (operationId \`${operation.operationId}\`)`];
  for (const text of [operation.summary, operation.description]) if (text) paragraphs.push(text);
  paragraphs.push(...docLines({ deprecated: operation.deprecated }));
  return [paragraphs.join("\n\n")];
}

function operationTypes(operation: OperationModel, names: OperationTypeNames, used: RuntimeTypeNames): TypeNode {
  const response = responseType(operation, names);
  const item = operation.pagination
    ? indexedAccess(indexedAccess(response, literal("data")), keyword("number"))
    : NEVER;
  return objectOf([
    property("request", requestType(operation, names, used)),
    property("response", response),
    property("item", item),
  ]);
}
