// The statements a generated file is made of, as data; print-source.ts prints a file of them once.
import type { TypeMember, TypeNode } from "./type-node.ts";

export interface ImportName {
  readonly name: string;
  readonly typeOnly?: boolean;
  /** The local name, when it is not `name` (`import { name as local }`). */
  readonly local?: string;
}

/** Initializer expressions: only the shapes generated code needs. */
export type Expression =
  /** An identifier, member access or literal written as it is (one line). */
  | { readonly kind: "code"; readonly text: string }
  | { readonly kind: "array"; readonly items: readonly Expression[]; readonly asConst?: boolean }
  /** Keys are source text (quoted, or computed like `["__proto__"]`). */
  | { readonly kind: "object"; readonly entries: readonly { readonly key: string; readonly value: Expression }[] }
  | {
      readonly kind: "call";
      readonly callee: string;
      readonly typeArguments?: readonly TypeNode[];
      readonly arguments: readonly Expression[];
    }
  /** `<expression> as <type>`: a value whose type tsc cannot know, declared. */
  | { readonly kind: "cast"; readonly expression: Expression; readonly type: TypeNode }
  /** `JSON.parse(String.raw\`<json>\`)`: data as JSON text, which V8 parses faster than a literal and tsc does not check. */
  | { readonly kind: "parsedJson"; readonly json: string };

export interface Parameter {
  readonly name: string;
  readonly type: TypeNode;
  readonly initializer?: Expression;
}

interface Named {
  readonly name: string;
  readonly exported: boolean;
  /** Doc comment lines (unescaped: the printer escapes them). */
  readonly docs?: readonly string[];
}

export type Declaration =
  | {
      readonly kind: "import";
      readonly from: string;
      readonly typeOnly?: boolean;
      readonly namespace?: string;
      readonly names?: readonly ImportName[];
    }
  /** `export { … } from "…"`: names of another module exported as they are. */
  | { readonly kind: "reexport"; readonly from: string; readonly names: readonly ImportName[] }
  | (Named & { readonly kind: "interface"; readonly members: readonly TypeMember[] })
  | (Named & { readonly kind: "typeAlias"; readonly type: TypeNode })
  /** Without a value it is an ambient `declare const` (as in a .d.ts), and needs a type. */
  | (Named & { readonly kind: "const"; readonly type?: TypeNode; readonly value?: Expression })
  | (Named & {
      readonly kind: "function";
      readonly typeParameters?: readonly { readonly name: string; readonly constraint: TypeNode }[];
      readonly parameters: readonly Parameter[];
      readonly returnType: TypeNode;
      /** Makes the return type a type predicate: `<narrows> is <returnType>`. */
      readonly narrows?: string;
      /** Statements of the body, one line each. */
      readonly body: readonly string[];
    });
