// Maps a JSON pointer back to a line. Line numbers are only needed on the error path, so the YAML
// CST with positions is built lazily: a 13 MB JSON spec is parsed with JSON.parse at full speed.

import {
  type Document,
  type DocumentOptions,
  isNode,
  LineCounter,
  type ParseOptions,
  parseDocument,
  type SchemaOptions,
} from "yaml";
import { refTokens } from "../../core/json-pointer.ts";

export type Locator = (pointer: string) => { line?: number; column?: number };

export function yamlParseOptions(lineCounter?: LineCounter): ParseOptions & DocumentOptions & SchemaOptions {
  // uniqueKeys: duplicate keys are an error, not a silent last-one-wins.
  return { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true };
}

export function createLocator(text: string, _data: unknown): Locator {
  let parsed: { document: Document; lines: LineCounter } | undefined;
  return (pointer) => {
    parsed ??= parseWithPositions(text);
    const offset = deepestNodeOffset(parsed.document, refTokens(pointer));
    if (offset === undefined) return {};
    const position = parsed.lines.linePos(offset);
    return { line: position.line, column: position.col };
  };
}

function parseWithPositions(text: string): { document: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const document = parseDocument(text, { ...yamlParseOptions(lines), uniqueKeys: false });
  return { document, lines };
}

/** Offset of the node at the pointer, or of its deepest existing ancestor (a missing $ref target has none). */
function deepestNodeOffset(document: Document, path: string[]): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return undefined;
}
