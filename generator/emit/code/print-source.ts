// Prints one generated file from its declarations, once. The layout is the one ts-morph printed
// before this printer replaced it (generated output stayed byte-identical): a blank line around
// interfaces and functions, a line break between other statements, two-space indentation, and
// initializers continuing one level deeper than their statement (a hanging indent).
import type { Declaration, Expression, ImportName } from "./declaration.ts";
import { printDocs, printMembers, printType } from "./print-type.ts";

const INDENT = "  ";

/** `header` is the file's leading comment, ending with a line break. */
export function printSource(header: string, declarations: readonly Declaration[]): string {
  let text = header;
  let previous: Declaration | undefined;
  for (const declaration of declarations) {
    const separated = isBlock(declaration) || (previous !== undefined && isBlock(previous));
    if (previous !== undefined) text += "\n";
    if (separated) text += "\n";
    text += printDeclaration(declaration);
    previous = declaration;
  }
  return previous === undefined ? text : `${text}\n`;
}

function isBlock(declaration: Declaration): boolean {
  return declaration.kind === "interface" || declaration.kind === "function";
}

function printDeclaration(declaration: Declaration): string {
  if (declaration.kind === "import") return printImport(declaration);
  if (declaration.kind === "reexport")
    return `export { ${declaration.names.map(importName).join(", ")} } from ${JSON.stringify(declaration.from)};`;
  const head = `${printDocs(declaration.docs ?? [], 0)}${declaration.exported ? "export " : ""}`;
  switch (declaration.kind) {
    case "interface":
      return `${head}interface ${declaration.name} {\n${printMembers(declaration.members, 1)}}`;
    case "typeAlias":
      return `${head}type ${declaration.name} = ${printType(declaration.type, 0)};`;
    case "const": {
      const type = declaration.type ? `: ${printType(declaration.type, 1)}` : "";
      if (!declaration.value) return `${head}declare const ${declaration.name}${type};`;
      return `${head}const ${declaration.name}${type} = ${printExpression(declaration.value, 1)};`;
    }
    case "function":
      return `${head}${printFunction(declaration)}`;
  }
}

function printImport(declaration: Extract<Declaration, { kind: "import" }>): string {
  const keyword = declaration.typeOnly ? "import type" : "import";
  const from = JSON.stringify(declaration.from);
  if (declaration.namespace !== undefined) return `${keyword} * as ${declaration.namespace} from ${from};`;
  const names = (declaration.names ?? []).map(importName).join(", ");
  return `${keyword} { ${names} } from ${from};`;
}

function importName(name: ImportName): string {
  const named = name.local === undefined ? name.name : `${name.name} as ${name.local}`;
  return name.typeOnly ? `type ${named}` : named;
}

function printFunction(declaration: Extract<Declaration, { kind: "function" }>): string {
  const typeParameters = declaration.typeParameters?.length
    ? `<${declaration.typeParameters.map((parameter) => `${parameter.name} extends ${printType(parameter.constraint, 1)}`).join(", ")}>`
    : "";
  const parameters = declaration.parameters
    .map((parameter) => {
      const initializer = parameter.initializer ? ` = ${printExpression(parameter.initializer, 1)}` : "";
      return `${parameter.name}: ${printType(parameter.type, 1)}${initializer}`;
    })
    .join(", ");
  const returnType = `${declaration.narrows ? `${declaration.narrows} is ` : ""}${printType(declaration.returnType, 1)}`;
  const body = declaration.body.map((line) => `${INDENT}${line}\n`).join("");
  return `function ${declaration.name}${typeParameters}(${parameters}): ${returnType} {\n${body}}`;
}

/** Lines after the first are indented from `level`; contents of brackets one level deeper. */
export function printExpression(expression: Expression, level: number): string {
  const indent = INDENT.repeat(level);
  const inner = INDENT.repeat(level + 1);
  switch (expression.kind) {
    case "code":
      return expression.text;
    case "cast":
      return `${printExpression(expression.expression, level)} as ${printType(expression.type, level)}`;
    case "array": {
      const items = expression.items.map((item) => `${inner}${printExpression(item, level + 1)},`);
      return `[\n${items.join("\n")}\n${indent}]${expression.asConst ? " as const" : ""}`;
    }
    case "object": {
      const entries = expression.entries.map(
        ({ key, value }) => `${inner}${key}: ${printExpression(value, level + 1)},`,
      );
      return `{\n${entries.join("\n")}\n${indent}}`;
    }
    case "call": {
      const typeArguments = expression.typeArguments
        ? `<${expression.typeArguments.map((type) => printType(type, level)).join(", ")}>`
        : "";
      const args = expression.arguments.map((argument) => printExpression(argument, level)).join(", ");
      return `${expression.callee}${typeArguments}(${args})`;
    }
    case "parsedJson":
      return `JSON.parse(String.raw\`${rawTemplateSafe(expression.json)}\`)`;
  }
}

/** Inside String.raw`…` only a backtick or `${` can end or interrupt the text; JSON may spell both as \u escapes. */
function rawTemplateSafe(json: string): string {
  return json.replaceAll("`", "\\u0060").replaceAll("${", "$\\u007b");
}
