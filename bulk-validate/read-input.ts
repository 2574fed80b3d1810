// Reads one JSON document, a JSON array or NDJSON from a byte stream and calls back once per
// record with its text and line number. The format is sniffed from the first bytes: "[" is an
// array; a first line holding only "{" is a pretty-printed document (JSON.stringify(x, null, 2),
// jq); anything else is NDJSON, so a corrupt first record is reported on its line and the rest
// of the file is still checked.
import type { Readable } from "node:stream";
import { LineSplitter } from "./line-splitter.ts";
import { FramingError, ValueSplitter } from "./value-splitter.ts";

export type InputFormat = "ndjson" | "array" | "documents";
export type RecordHandler = (text: string, line: number) => void;

interface Framer {
  push(bytes: Buffer): void;
  end(): void;
}

export interface ReadResult {
  readonly format: InputFormat | "empty";
  readonly bytes: number;
  /** Set when the structure broke (truncated array, stray bracket); reading stopped there. */
  readonly framingError?: FramingError;
}

const SNIFF_LIMIT = 64 * 1024;

/** `afterChunk` runs between chunks, e.g. to flush output with back-pressure. */
export async function readRecords(
  input: Readable,
  onRecord: RecordHandler,
  afterChunk: () => Promise<void>,
): Promise<ReadResult> {
  let framer: Framer | undefined;
  let format: InputFormat | undefined;
  let head: Buffer[] = [];
  let headSize = 0;
  let bytes = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (framer === undefined) {
        head.push(chunk);
        headSize += chunk.length;
        refuseCompressed(Buffer.concat(head));
        format = sniffFormat(Buffer.concat(head), headSize >= SNIFF_LIMIT);
        if (format === undefined) continue;
        framer = createFramer(format, onRecord);
        framer.push(stripBom(Buffer.concat(head)));
        head = [];
      } else {
        framer.push(chunk);
      }
      await afterChunk();
    }
    if (framer === undefined && headSize > 0) {
      format = sniffFormat(Buffer.concat(head), true);
      framer = createFramer(format!, onRecord);
      framer.push(stripBom(Buffer.concat(head)));
    }
    framer?.end();
  } catch (error) {
    if (!(error instanceof FramingError)) throw error;
    return { format: format ?? "empty", bytes, framingError: error };
  }
  return { format: format ?? "empty", bytes };
}

function createFramer(format: InputFormat, onRecord: RecordHandler): Framer {
  return format === "ndjson" ? new LineSplitter(onRecord) : new ValueSplitter(format, onRecord);
}

function stripBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** Compressed input parses as garbage line after line; its magic bytes say what it is instead. */
const COMPRESSED: readonly { readonly name: string; readonly magic: readonly number[]; readonly tool: string }[] = [
  { name: "gzip", magic: [0x1f, 0x8b], tool: "zcat" },
  { name: "zstd", magic: [0x28, 0xb5, 0x2f, 0xfd], tool: "zstdcat" },
  { name: "bzip2", magic: [0x42, 0x5a, 0x68], tool: "bzcat" },
];

function refuseCompressed(bytes: Buffer): void {
  const found = COMPRESSED.find(({ magic }) => magic.every((byte, index) => bytes[index] === byte));
  if (found === undefined) return;
  throw new FramingError(
    `the input is ${found.name}-compressed; decompress it first, e.g. \`${found.tool} <file> | stripe-events-contract validate -\``,
    1,
  );
}

/** undefined while the first bytes do not decide yet (only whitespace, or no full first line). */
export function sniffFormat(bytes: Buffer, final: boolean): InputFormat | undefined {
  const text = stripBom(bytes).toString("utf8", 0, Math.min(bytes.length, SNIFF_LIMIT));
  const first = text.search(/\S/);
  if (first === -1) return final ? "ndjson" : undefined;
  if (text[first] === "[") return "array";
  if (text[first] !== "{") return "ndjson";
  const newline = text.indexOf("\n", first);
  if (newline === -1) return final ? "documents" : undefined;
  return text.slice(first, newline).trim() === "{" ? "documents" : "ndjson";
}
