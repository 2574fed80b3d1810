// validators.ts: the typed facade over validators.compiled.js. validate(name, data) and is(name,
// data) accept every validator name; SchemaTypes maps each name to the type it checks.
import type { Declaration } from "../code/declaration.ts";
import { indexedAccess, keyword, reference, UNKNOWN } from "../code/type-node.ts";

export interface ValidatorImports {
  runtime: string;
  compiled: string;
  types: string;
}

/** validator name → type name in types.ts */
export type ValidatorTypes = ReadonlyMap<string, string>;

const SCHEMA_NAME = reference("SchemaName");

export function facadeDeclarations(
  names: readonly string[],
  exportNames: ReadonlyMap<string, string>,
  types: ValidatorTypes,
  imports: ValidatorImports,
): Declaration[] {
  return [
    {
      kind: "import",
      from: imports.runtime,
      names: [{ name: "createValidate" }, { name: "ValidationResult", typeOnly: true }],
    },
    { kind: "import", from: imports.compiled, namespace: "compiled" },
    { kind: "import", from: imports.types, typeOnly: true, namespace: "T" },
    {
      kind: "const",
      name: "schemaNames",
      exported: true,
      docs: ["Every name validate() accepts."],
      value: { kind: "array", asConst: true, items: names.map((name) => ({ kind: "code", text: quoted(name) })) },
    },
    {
      kind: "typeAlias",
      name: "SchemaName",
      exported: true,
      type: indexedAccess({ kind: "typeQuery", name: "schemaNames" }, keyword("number")),
    },
    schemaTypes(names, types),
    validateConstant(names, exportNames),
    isFunction(),
    { kind: "typeAlias", name: "Validation", exported: true, type: reference("ValidationResult") },
  ];
}

function schemaTypes(names: readonly string[], types: ValidatorTypes): Declaration {
  return {
    kind: "interface",
    name: "SchemaTypes",
    exported: true,
    docs: ["The TypeScript type that each named validator checks."],
    members: names.map((name) => ({
      kind: "property",
      key: quoted(name),
      optional: false,
      docs: [],
      type: types.has(name) ? reference(`T.${types.get(name)}`) : UNKNOWN,
    })),
  };
}

function validateConstant(names: readonly string[], exportNames: ReadonlyMap<string, string>): Declaration {
  const entries = names.map((name) => ({
    // In an object literal even a quoted "__proto__" key sets the prototype; a computed key stays data.
    key: name === "__proto__" ? `[${quoted(name)}]` : quoted(name),
    value: { kind: "code", text: `compiled.${exportNames.get(name)}` } as const,
  }));
  return {
    kind: "const",
    name: "validate",
    exported: true,
    docs: [
      "Validates data against a named schema. Returns `{ valid: true }` or `{ valid: false, errors }` with a JSON pointer, schema path and message per error.",
    ],
    value: {
      kind: "call",
      callee: "createValidate",
      typeArguments: [SCHEMA_NAME],
      arguments: [{ kind: "object", entries }],
    },
  };
}

function isFunction(): Declaration {
  return {
    kind: "function",
    name: "is",
    exported: true,
    docs: ["Type guard form of validate()."],
    typeParameters: [{ name: "Name", constraint: SCHEMA_NAME }],
    parameters: [
      { name: "name", type: reference("Name") },
      { name: "data", type: UNKNOWN },
    ],
    narrows: "data",
    returnType: indexedAccess(reference("SchemaTypes"), reference("Name")),
    body: ["return validate(name, data).valid;"],
  };
}

function quoted(name: string): string {
  return JSON.stringify(name);
}
