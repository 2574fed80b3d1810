// jsonc-parser's syntax tree of JSON text: the places of values, and the offset of a syntax error.
// Only a run that reports a place needs it, so it is required on first use instead of imported:
// loading it cost about 7 ms of each thread that reads a spec.
import { createRequire } from "node:module";
import type * as Jsonc from "jsonc-parser";

export type JsonNode = Jsonc.Node;

const require = createRequire(import.meta.url);

function parsedStrictly(text: string): { tree: JsonNode | undefined; errors: Jsonc.ParseError[] } {
  const { parseTree } = require("jsonc-parser") as typeof Jsonc;
  const errors: Jsonc.ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  return { tree, errors };
}

/** The tree of strict JSON (no comments, no trailing commas). */
export function strictJsonTree(text: string): JsonNode | undefined {
  return parsedStrictly(text).tree;
}

/** Where the first syntax error of strict JSON is, as an offset into the text. */
export function firstSyntaxErrorOffset(text: string): number | undefined {
  return parsedStrictly(text).errors[0]?.offset;
}
