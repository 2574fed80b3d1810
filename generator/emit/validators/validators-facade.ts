// validators.ts: the typed facade over validators.compiled.js. validate(name, data) and is(name,
// data) accept every validator name; SchemaTypes maps each name to the type it checks. The registry
// comes from validators.compiled (validator-registry.ts), declared over SchemaName, the names of SchemaTypes.
import type { Declaration, Expression, ImportName } from "../code/declaration.ts";
import { indexedAccess, reference, UNKNOWN } from "../code/type-node.ts";
import { NAMES_EXPORT, REGISTRY_EXPORT } from "./validator-registry.ts";

export interface ValidatorImports {
  runtime: string;
  compiled: string;
  types: string;
  /** validators.ts itself, as validators.compiled.d.ts imports it (for SchemaName). */
  facade: string;
  /**
   * Whether validators.compiled.d.ts declares the compiled module's exports (the .js variant). The .ts
   * variant's types are inferred from ajv's code: `schemaNames` would be a string[].
   */
  compiledDeclared: boolean;
}

/** validator name → type name in types.ts */
export type ValidatorTypes = ReadonlyMap<string, string>;

const SCHEMA_NAME = reference("SchemaName");
const SCHEMA_NAMES = reference("ReadonlyArray", [SCHEMA_NAME]);
/** What validators.ts calls the compiled module's untyped `schemaNames` (the .ts variant). */
const COMPILED_NAMES = "compiledSchemaNames";

export interface FacadeNames {
  /** Every name validate() accepts, in export order. */
  readonly names: readonly string[];
  /** Component schemas without a validator (validators: "reachable"); empty with "all". */
  readonly unreachable: readonly string[];
}

export function facadeDeclarations(
  { names, unreachable }: FacadeNames,
  types: ValidatorTypes,
  imports: ValidatorImports,
): Declaration[] {
  const runtimeNames = [{ name: "createValidate" }, { name: "ValidationResult", typeOnly: true }];
  if (unreachable.length > 0) runtimeNames.push({ name: "CompiledValidator", typeOnly: true });
  return [
    { kind: "import", from: imports.runtime, names: runtimeNames },
    ...compiledImports(imports),
    { kind: "import", from: imports.types, typeOnly: true, namespace: "T" },
    ...schemaNamesExport(imports),
    {
      kind: "typeAlias",
      name: "SchemaName",
      exported: true,
      docs: ["Every name validate() accepts (schemaNames lists them in order)."],
      type: { kind: "keyof", type: reference("SchemaTypes") },
    },
    schemaTypes(names, types),
    ...unreachableDeclarations(unreachable),
    validateConstant(unreachable.length > 0),
    isFunction(),
    { kind: "typeAlias", name: "Validation", exported: true, type: reference("ValidationResult") },
  ];
}

function compiledImports(imports: ValidatorImports): Declaration[] {
  const names: ImportName[] = [{ name: REGISTRY_EXPORT }];
  if (!imports.compiledDeclared) names.push({ name: NAMES_EXPORT, local: COMPILED_NAMES });
  return [{ kind: "import", from: imports.compiled, names }];
}

/** `schemaNames`: re-exported where the .d.ts types it, else declared here over SchemaName. */
function schemaNamesExport(imports: ValidatorImports): Declaration[] {
  if (imports.compiledDeclared) return [{ kind: "reexport", from: imports.compiled, names: [{ name: NAMES_EXPORT }] }];
  return [
    {
      kind: "const",
      name: NAMES_EXPORT,
      exported: true,
      docs: ["Every name validate() accepts, in order."],
      type: SCHEMA_NAMES,
      value: { kind: "cast", expression: { kind: "code", text: COMPILED_NAMES }, type: SCHEMA_NAMES },
    },
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

/**
 * validators: "reachable" leaves these names without a validator. They are no SchemaName, so
 * validate("x") does not compile; a caller that gets past the types (JavaScript, a cast) gets an
 * error that says why and what to do, instead of "unknown schema name".
 */
function unreachableDeclarations(unreachable: readonly string[]): Declaration[] {
  if (unreachable.length === 0) return [];
  const message =
    'has no validator: no operation, webhook or event reaches it, and the validators were generated with --validators reachable (config "validators": "reachable"). Generate with --validators all to validate it.';
  return [
    {
      kind: "const",
      name: "unreachableSchemaNames",
      exported: true,
      docs: ["Component schemas that no operation, webhook or event reaches: generated without a validator."],
      value: { kind: "array", asConst: true, items: unreachable.map((name) => ({ kind: "code", text: quoted(name) })) },
    },
    {
      kind: "function",
      name: "withUnreachable",
      exported: false,
      docs: ["The registry, plus a validator for each unreachable name that throws saying why it has none."],
      parameters: [{ name: "registry", type: reference("Record", [SCHEMA_NAME, reference("CompiledValidator")]) }],
      returnType: reference("Record", [SCHEMA_NAME, reference("CompiledValidator")]),
      body: [
        "const refuse = (name: string): CompiledValidator => () => {",
        `  throw new Error(\`validate(\${JSON.stringify(name)}): schema \${JSON.stringify(name)} ${message}\`);`,
        "};",
        "return { ...Object.fromEntries(unreachableSchemaNames.map((name) => [name, refuse(name)])), ...registry };",
      ],
    },
  ];
}

function validateConstant(withUnreachable: boolean): Declaration {
  const registry: Expression = { kind: "code", text: REGISTRY_EXPORT };
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
      arguments: [withUnreachable ? { kind: "call", callee: "withUnreachable", arguments: [registry] } : registry],
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
