// Framing of NDJSON lines and JSON array elements / documents, including every possible chunk
// boundary (records, strings, escapes and multi-byte characters split across reads).
import { describe, expect, it } from "vitest";
import { LineSplitter } from "../line-splitter.ts";
import { FramingError, ValueSplitter } from "../value-splitter.ts";

type Record_ = [text: string, line: number];

function frame(kind: "ndjson" | "array" | "documents", input: string, chunkSize: number): Record_[] {
  const records: Record_[] = [];
  const onRecord = (text: string, line: number) => void records.push([text, line]);
  const framer = kind === "ndjson" ? new LineSplitter(onRecord) : new ValueSplitter(kind, onRecord);
  const bytes = Buffer.from(input);
  for (let offset = 0; offset < bytes.length; offset += chunkSize)
    framer.push(bytes.subarray(offset, offset + chunkSize));
  framer.end();
  return records;
}

/** Every chunk size from 1 byte to the whole input must give the same records. */
function expectAllChunkings(kind: "ndjson" | "array" | "documents", input: string, want: Record_[]): void {
  for (let size = 1; size <= Buffer.byteLength(input); size++)
    expect(frame(kind, input, size), `chunk size ${size}`).toEqual(want);
}

describe("NDJSON lines", () => {
  it.each<[string, string, Record_[]]>([
    [
      "two lines",
      '{"a":1}\n{"b":2}\n',
      [
        ['{"a":1}', 1],
        ['{"b":2}', 2],
      ],
    ],
    [
      "no final newline",
      '{"a":1}\n{"b":2}',
      [
        ['{"a":1}', 1],
        ['{"b":2}', 2],
      ],
    ],
    [
      "blank line keeps numbering",
      '{"a":1}\n\n{"b":"é€"}\n',
      [
        ['{"a":1}', 1],
        ["", 2],
        ['{"b":"é€"}', 3],
      ],
    ],
    [
      "CRLF left for JSON.parse (whitespace)",
      '{"a":1}\r\n{"b":2}\r\n',
      [
        ['{"a":1}\r', 1],
        ['{"b":2}\r', 2],
      ],
    ],
  ])("%s", (_name, input, want) => expectAllChunkings("ndjson", input, want));
});

describe("JSON array elements", () => {
  it.each<[string, string, Record_[]]>([
    [
      "objects on their own lines",
      '[\n  {"a": [1, {"b": "]}"}]},\n  {"c": "x\\"}"}\n]\n',
      [
        ['{"a": [1, {"b": "]}"}]}', 2],
        ['{"c": "x\\"}"}', 3],
      ],
    ],
    ["empty array", "[ ]", []],
    [
      "scalars are records too (they fail validation later)",
      '[1, "two", null]',
      [
        ["1", 1],
        ['"two"', 1],
        ["null", 1],
      ],
    ],
    [
      "escaped backslash before a quote",
      '[{"p":"C:\\\\"},{"q":"ü"}]',
      [
        ['{"p":"C:\\\\"}', 1],
        ['{"q":"ü"}', 1],
      ],
    ],
  ])("%s", (_name, input, want) => expectAllChunkings("array", input, want));
});

describe("pretty-printed and concatenated documents", () => {
  it.each<[string, string, Record_[]]>([
    [
      "one pretty document",
      '{\n  "id": "evt_1",\n  "data": {"object": {}}\n}\n',
      [['{\n  "id": "evt_1",\n  "data": {"object": {}}\n}', 1]],
    ],
    [
      "two documents",
      '{"a":1}\n\n{\n"b":2\n}',
      [
        ['{"a":1}', 1],
        ['{\n"b":2\n}', 3],
      ],
    ],
  ])("%s", (_name, input, want) => expectAllChunkings("documents", input, want));
});

describe("broken structure stops with the line number", () => {
  it.each<[string, "array" | "documents", string, string, number]>([
    [
      "array cut off inside an element",
      "array",
      '[\n{"a":1},\n{"b":',
      "input ends inside a JSON value (truncated?)",
      3,
    ],
    ["array never closed", "array", '[\n{"a":1},\n', "input ends inside a JSON value (truncated?)", 3],
    ["string never closed", "documents", '{"a":"abc', "input ends inside a JSON value (truncated?)", 1],
    ["content after the array", "array", '[{"a":1}]\n{"b":2}', "unexpected content after the top-level array", 2],
    ["stray closing bracket", "documents", '{"a":1}}', "unexpected closing bracket", 1],
  ])("%s", (_name, kind, input, message, line) => {
    let caught: unknown;
    try {
      frame(kind, input, 4);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FramingError);
    expect(caught).toMatchObject({ message, line });
  });

  it("a well-formed array does not throw (twin of the cases above)", () => {
    expect(() => frame("array", '[\n{"a":1},\n{"b":2}\n]', 4)).not.toThrow();
  });
});
