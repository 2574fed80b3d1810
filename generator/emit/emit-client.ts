// client.ts: the typed surface over the shared runtime. Only types and one createClient function
// are generated per spec; the request logic lives once in runtime/.
import type { ApiModel, OperationModel } from "../model/api-model.ts";
import { propertyKey } from "../model/names.ts";
import type { Declaration } from "./code/declaration.ts";
import {
  indexedAccess,
  intersectionOf,
  keyword,
  literal,
  NEVER,
  reference,
  type TypeMember,
  type TypeNode,
  UNKNOWN,
  unionOf,
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
  const operations = reference("Operations");
  return [
    {
      kind: "import",
      from: imports.runtime,
      names: [
        { name: "createRuntimeClient" },
        { name: "ClientOptions", typeOnly: true },
        { name: "RuntimeClient", typeOnly: true },
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
      members: model.operations.map((operation) => ({
        kind: "property",
        key: propertyKey(operation.memberName),
        optional: false,
        docs: operationDocs(operation),
        type: operationTypes(operation, typeNames.get(operation)!),
      })),
    },
    { kind: "typeAlias", name: "Client", exported: true, type: reference("RuntimeClient", [operations]) },
    {
      kind: "function",
      name: "createClient",
      exported: true,
      docs: ["A client with one method per operation. See ClientOptions for keys, retries, timeouts and validation."],
      parameters: [{ name: "options", type: reference("ClientOptions"), initializer: { kind: "code", text: "{}" } }],
      returnType: reference("Client"),
      body: ["return createRuntimeClient<Operations>(operations, { validate }, options);"],
    },
  ];
}

/** One paragraph each: the method and path, the summary, the description, then tags. */
function operationDocs(operation: OperationModel): string[] {
  const paragraphs = [`\`${operation.method} ${operation.path}\` (operationId \`${operation.operationId}\`)`];
  for (const text of [operation.summary, operation.description]) if (text) paragraphs.push(text);
  paragraphs.push(...docLines({ deprecated: operation.deprecated }));
  return [paragraphs.join("\n\n")];
}

function operationTypes(operation: OperationModel, names: OperationTypeNames): TypeNode {
  const response = names.success.length > 0 ? unionOf(names.success.map(fromTypes)) : UNKNOWN;
  const item = operation.pagination
    ? indexedAccess(indexedAccess(response, literal("data")), keyword("number"))
    : NEVER;
  return {
    kind: "object",
    members: [
      member("request", false, { kind: "object", members: requestMembers(operation, names) }),
      member("response", false, response),
      member("item", false, item),
    ],
  };
}

function requestMembers(operation: OperationModel, names: OperationTypeNames): TypeMember[] {
  const headers = reference("Record", [keyword("string"), keyword("string")]);
  const members: TypeMember[] = [];
  if (names.path) members.push(member("path", !names.pathRequired, fromTypes(names.path)));
  if (names.query) members.push(member("query", !names.queryRequired, fromTypes(names.query)));
  if (names.body) members.push(member("body", !operation.requestBody?.required, fromTypes(names.body)));
  members.push(
    member(
      "headers",
      !names.headersRequired,
      names.headers ? intersectionOf([fromTypes(names.headers), headers]) : headers,
    ),
    member("signal", true, reference("AbortSignal")),
    member("idempotencyKey", true, keyword("string")),
  );
  return members;
}

function member(key: string, optional: boolean, type: TypeNode): TypeMember {
  return { kind: "property", key, optional, docs: [], type };
}

/** A type of types.ts, which client.ts imports as the namespace T. */
function fromTypes(name: string): TypeNode {
  return reference(`T.${name}`);
}
