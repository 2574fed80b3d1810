// Maps a JSON pointer back to a line. Line numbers are only needed on the error and warning paths,
// so the tree with positions is built lazily, on the first lookup: a 13 MB JSON spec is read with
// JSON.parse at full speed. JSON is located with jsonc-parser's tree (about six times as fast as a
// YAML CST of the same text: 0.3 s against 2 s on an 8.6 MB spec), YAML with the yaml package's CST.

import type { Document } from "yaml";
import { refTokens } from "../../core/json-pointer.ts";
import { offsetsInJson } from "./json-offsets.ts";
import { type JsonNode, strictJsonTree } from "./json-tree.ts";
import { yamlPackage, yamlParseOptions } from "./parse-yaml.ts";

export interface Position {
  readonly line?: number;
  readonly column?: number;
}

/**
 * The line and column of a JSON pointer's value, or of its deepest existing ancestor. `all` finds
 * many at once: for JSON in one pass that builds no tree (a tree of a 13 MB spec costs 400 MB of
 * memory) and skips what no pointer goes through (json-offsets.ts), which is what the warnings of a
 * successful run use.
 */
export interface Locator {
  (pointer: string): Position;
  all(pointers: readonly string[]): Position[];
}

export function createLocator(text: string, format: "json" | "yaml"): Locator {
  let offsetOf: ((tokens: string[]) => number | undefined) | undefined;
  let lines: LineStarts | undefined;
  const toPosition = (offset: number | undefined): Position => {
    lines ??= lineStarts(text);
    return offset === undefined ? {} : position(lines, offset);
  };
  const locate = (pointer: string): Position => {
    offsetOf ??= format === "json" ? jsonOffsets(text) : yamlOffsets(text);
    return toPosition(offsetOf(refTokens(pointer)));
  };
  const all = (pointers: readonly string[]): Position[] => {
    if (format === "yaml" || offsetOf !== undefined || pointers.length === 0) return pointers.map(locate);
    return offsetsInJson(text, pointers.map(refTokens)).map(toPosition);
  };
  return Object.assign(locate, { all });
}

/** A Locator that knows no lines, for documents that have no text (built in memory). */
export const NO_LINES: Locator = Object.assign(() => ({}), {
  all: (pointers: readonly string[]) => pointers.map(() => ({})),
});

/** The offset of the value at a path, or of its deepest existing ancestor (a missing $ref target has none). */
function jsonOffsets(text: string): (tokens: string[]) => number | undefined {
  const tree = strictJsonTree(text);
  return (tokens) => {
    let node = tree;
    for (const token of tokens) {
      const child = node && jsonChild(node, token);
      if (!child) break;
      node = child;
    }
    return node?.offset;
  };
}

function jsonChild(node: JsonNode, token: string): JsonNode | undefined {
  if (node.type === "array") return /^(0|[1-9]\d*)$/.test(token) ? node.children?.[Number(token)] : undefined;
  if (node.type !== "object") return undefined;
  // The last of equal keys wins, as in JSON.parse.
  const property = node.children?.findLast((candidate) => candidate.children?.[0]?.value === token);
  return property?.children?.[1];
}

function yamlOffsets(text: string): (tokens: string[]) => number | undefined {
  const { isNode, parseDocument } = yamlPackage();
  const document: Document = parseDocument(text, { ...yamlParseOptions(), uniqueKeys: false });
  return (tokens) => {
    for (let length = tokens.length; length >= 0; length--) {
      const node = document.getIn(tokens.slice(0, length), true);
      if (isNode(node) && node.range) return node.range[0];
    }
    return undefined;
  };
}

type LineStarts = readonly number[];

function lineStarts(text: string): LineStarts {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

/** 1-based line and column of an offset into `text`. */
export function positionInText(text: string, offset: number): { line: number; column: number } {
  return position(lineStarts(text), offset);
}

function position(lines: LineStarts, offset: number): { line: number; column: number } {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lines[low]! + 1 };
}

/** Problems given a pointer, with the line and column of each, found in one pass of the text. */
export function locateProblems<T extends { readonly pointer?: string }>(problems: readonly T[], locate: Locator): T[] {
  const positions = locate.all(problems.map((problem) => problem.pointer ?? ""));
  return problems.map((problem, index) => ({ ...problem, ...positions[index] }));
}

/** By line, then column; a stable sort keeps the given order where both are equal. */
export function byPosition(a: Position, b: Position): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
