// Given declarations and initializer expressions, want the printed file (given/want tables): the
// layout ts-morph used to print, from a plain printer of our own structures.
import { describe, expect, it } from "vitest";
import type { Declaration, Expression } from "../emit/code/declaration.ts";
import { printExpression, printSource } from "../emit/code/print-source.ts";
import { indexedAccess, keyword, reference, type TypeMember, type TypeNode, UNKNOWN } from "../emit/code/type-node.ts";

const A = reference("A");
const STRING = keyword("string");
const property = (key: string, type: TypeNode, optional = false): TypeMember => ({
  kind: "property",
  key,
  optional,
  docs: [],
  type,
});

describe("printExpression", () => {
  const code = (text: string): Expression => ({ kind: "code", text });
  it.each<[string, Expression, number, string]>([
    ["code as it is", code("compiled.validateEvent"), 0, "compiled.validateEvent"],
    [
      "array as const, continuing at level 1",
      { kind: "array", asConst: true, items: [code('"a"')] },
      1,
      '[\n    "a",\n  ] as const',
    ],
    ["empty array", { kind: "array", items: [] }, 0, "[\n\n]"],
    [
      "call with type arguments and an object",
      {
        kind: "call",
        callee: "make",
        typeArguments: [reference("K")],
        arguments: [{ kind: "object", entries: [{ key: '["__proto__"]', value: code("x") }] }],
      },
      0,
      'make<K>({\n  ["__proto__"]: x,\n})',
    ],
    [
      "JSON in String.raw: backticks and ${ cannot end or interrupt it",
      { kind: "parsedJson", json: '{"a":"`${x}`"}' },
      0,
      'JSON.parse(String.raw`{"a":"\\u0060$\\u007bx}\\u0060"}`)',
    ],
    ["JSON lines are not indented", { kind: "parsedJson", json: "{\n1\n}" }, 2, "JSON.parse(String.raw`{\n1\n}`)"],
    [
      "a cast to a generic type",
      { kind: "cast", expression: code("names"), type: reference("ReadonlyArray", [reference("K")]) },
      0,
      "names as ReadonlyArray<K>",
    ],
  ])("%s", (_name, expression, level, want) => {
    expect(printExpression(expression, level)).toBe(want);
  });
});

describe("printSource", () => {
  const alias = (name: string): Declaration => ({ kind: "typeAlias", name, exported: true, type: A });
  const face = (name: string): Declaration => ({ kind: "interface", name, exported: true, members: [] });

  it.each<[string, Declaration[], string]>([
    ["nothing but the header", [], "// h\n"],
    [
      "type aliases follow each other on the next line",
      [alias("X"), alias("Y")],
      "// h\nexport type X = A;\nexport type Y = A;\n",
    ],
    [
      "an interface has a blank line before and after",
      [alias("X"), face("I"), alias("Y")],
      "// h\nexport type X = A;\n\nexport interface I {\n}\n\nexport type Y = A;\n",
    ],
    ["a first interface is set off from the header", [face("I")], "// h\n\nexport interface I {\n}\n"],
    [
      "an import under a local name",
      [
        {
          kind: "import",
          from: "./m.js",
          names: [
            { name: "a", local: "b" },
            { name: "C", typeOnly: true },
          ],
        },
      ],
      '// h\nimport { a as b, type C } from "./m.js";\n',
    ],
    [
      "a re-export names what another module exports, as it is",
      [{ kind: "reexport", from: "./m.js", names: [{ name: "a" }, { name: "B", typeOnly: true }] }],
      '// h\nexport { a, type B } from "./m.js";\n',
    ],
    [
      "keyof, and keyof as the operand of [] in parentheses",
      [
        { kind: "typeAlias", name: "K", exported: true, type: { kind: "keyof", type: A } },
        { kind: "typeAlias", name: "L", exported: false, type: { kind: "array", element: { kind: "keyof", type: A } } },
      ],
      "// h\nexport type K = keyof A;\ntype L = (keyof A)[];\n",
    ],
    [
      "imports: named with type-only names, type-only namespace",
      [
        { kind: "import", from: "m", names: [{ name: "a" }, { name: "B", typeOnly: true }] },
        { kind: "import", from: 'q"uote', typeOnly: true, namespace: "T" },
      ],
      '// h\nimport { a, type B } from "m";\nimport type * as T from "q\\"uote";\n',
    ],
    [
      "const with docs, type and initializer",
      [{ kind: "const", name: "c", exported: true, docs: ["d"], type: STRING, value: { kind: "code", text: '"v"' } }],
      '// h\n/** d */\nexport const c: string = "v";\n',
    ],
    [
      "const without a value is an ambient declaration",
      [{ kind: "const", name: "v", exported: true, type: reference("V") }],
      "// h\nexport declare const v: V;\n",
    ],
    [
      "function with type parameters, a default, a type predicate and a body",
      [
        {
          kind: "function",
          name: "is",
          exported: true,
          docs: ["Guard."],
          typeParameters: [{ name: "N", constraint: reference("K") }],
          parameters: [
            { name: "name", type: reference("N") },
            { name: "options", type: reference("O"), initializer: { kind: "code", text: "{}" } },
          ],
          narrows: "name",
          returnType: indexedAccess(reference("M"), reference("N")),
          body: ["return true;"],
        },
        alias("After"),
      ],
      "// h\n\n/** Guard. */\nexport function is<N extends K>(name: N, options: O = {}): name is M[N] {\n  return true;\n}\n\nexport type After = A;\n",
    ],
    [
      "interface members in the order given, docs escaped",
      [
        {
          kind: "interface",
          name: "I",
          exported: false,
          docs: ["*/ x"],
          members: [{ kind: "index", type: UNKNOWN }, property("a", STRING, true)],
        },
      ],
      "// h\n\n/** *\\/ x */\ninterface I {\n  [key: string]: unknown;\n  a?: string;\n}\n",
    ],
  ])("%s", (_name, declarations, want) => {
    expect(printSource("// h\n", declarations)).toBe(want);
  });
});
