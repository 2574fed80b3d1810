// Prints a TypeNode as TypeScript. Parentheses come from the structure: a union or intersection
// of two or more members is wrapped wherever it is an operand (of |, &, [] or an indexed access).
// Object members sit one level deeper than the line their type starts on, two spaces a level.
import { escapeCommentText } from "../types/tsdoc.ts";
import { isCompound, type TypeMember, type TypeNode } from "./type-node.ts";

const INDENT = "  ";

export function printType(node: TypeNode, level: number): string {
  switch (node.kind) {
    case "keyword":
      return node.name;
    case "literal":
      return JSON.stringify(node.value);
    case "reference":
      return node.typeArguments ? `${node.name}<${printList(node.typeArguments, level)}>` : node.name;
    case "array":
      return `${postfixOperand(node.element, level)}[]`;
    case "tuple":
      return printTuple(node.elements, node.rest, level);
    case "union":
      return node.members.map((member) => operand(member, level)).join(" | ");
    case "intersection":
      return node.members.map((member) => operand(member, level)).join(" & ");
    case "object":
      return `{\n${printMembers(node.members, level + 1)}${INDENT.repeat(level)}}`;
    case "indexedAccess":
      return `${postfixOperand(node.object, level)}[${printType(node.index, level)}]`;
    case "typeQuery":
      return `typeof ${node.name}`;
    case "keyof":
      return `keyof ${postfixOperand(node.type, level)}`;
  }
}

/** Each member on its own line(s) at `level`, docs first; every line ends with "\n". */
export function printMembers(members: readonly TypeMember[], level: number): string {
  const indent = INDENT.repeat(level);
  let text = "";
  for (const member of members) {
    if (member.kind === "index") {
      text += `${indent}[key: string]: ${printType(member.type, level)};\n`;
      continue;
    }
    text += printDocs(member.docs, level);
    text += `${indent}${member.key}${member.optional ? "?" : ""}: ${printType(member.type, level)};\n`;
  }
  return text;
}

/** A `/** … *\/` block at `level`, ending with "\n"; "" when there are no lines. Spec text is escaped. */
export function printDocs(lines: readonly string[], level: number): string {
  if (lines.length === 0) return "";
  const indent = INDENT.repeat(level);
  const body = escapeCommentText(lines.join("\n")).split("\n");
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  const middle = body.map((line) => (line ? `${indent} * ${line}\n` : `${indent} *\n`)).join("");
  return `${indent}/**\n${middle}${indent} */\n`;
}

function printList(nodes: readonly TypeNode[], level: number): string {
  return nodes.map((node) => printType(node, level)).join(", ");
}

function printTuple(elements: readonly TypeNode[], rest: TypeNode | undefined, level: number): string {
  const printed = elements.map((element) => printType(element, level));
  if (rest) printed.push(`...${postfixOperand(rest, level)}[]`);
  return `[${printed.join(", ")}]`;
}

function operand(node: TypeNode, level: number): string {
  const text = printType(node, level);
  return isCompound(node) ? `(${text})` : text;
}

/** Before `[]` or `[index]` a `typeof` query needs parentheses too. */
function postfixOperand(node: TypeNode, level: number): string {
  const text = printType(node, level);
  return isCompound(node) || node.kind === "typeQuery" || node.kind === "keyof" ? `(${text})` : text;
}
