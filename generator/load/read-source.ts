// Load stage: read a YAML or JSON file into plain data, keeping enough to report a line for any
// JSON pointer later. Bad files become SpecErrors that name the file and line.

import { readFileSync, statSync } from "node:fs";
import { isAbsolute, relative } from "node:path";
import { SpecError } from "../spec-error.ts";
import { textDigest } from "../write/fingerprint.ts";
import { firstSyntaxErrorOffset } from "./json-tree.ts";
import { createLocator, type Locator, positionInText } from "./locate-pointer.ts";
import { parseYaml } from "./parse-yaml.ts";

export interface SourceFile {
  /** Path as the user gave it, used in messages. */
  readonly path: string;
  readonly text: string;
  /** How the text was read: JSON cannot hold NaN or ±Infinity, YAML can (`.nan`, `.inf`). */
  readonly format: "json" | "yaml";
  readonly data: unknown;
  readonly locate: Locator;
}

const MAX_SPEC_BYTES = 256 * 1024 * 1024;

export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith("..") ? path : fromCwd;
}

/** A file read and decoded, not parsed yet. */
export interface SourceText {
  /** Path as the user gave it, used in messages. */
  readonly path: string;
  readonly text: string;
  readonly format: "json" | "yaml";
}

/** A file read for generate, with the digest its file headers and cache keys name. */
export interface HashedSourceText extends SourceText {
  /** SHA-256 (hex) of the text's UTF-8 encoding. */
  readonly sha256: string;
}

export function readSource(path: string): SourceFile {
  return parseSource(readSourceText(path));
}

export function readSourceText(path: string): SourceText {
  return readDecoded(path).source;
}

/** The file as readSourceText reads it, hashed from the bytes read (write/fingerprint.ts textDigest). */
export function readHashedSourceText(path: string): HashedSourceText {
  const { source, bytes } = readDecoded(path);
  return { ...source, sha256: textDigest(bytes, source.text) };
}

function readDecoded(path: string): { source: SourceText; bytes: Buffer } {
  const shown = displayPath(path);
  const bytes = readBytes(path, shown);
  const text = decodeText(bytes, shown);
  return { source: { path: shown, text, format: looksLikeJson(path, text) ? "json" : "yaml" }, bytes };
}

/** Whether every file was read as JSON, which (unlike YAML) cannot hold NaN or ±Infinity. */
export function readAsJson(files: Iterable<{ readonly format: SourceText["format"] }>): boolean {
  for (const file of files) if (file.format !== "json") return false;
  return true;
}

export function parseSource({ path, text, format }: SourceText): SourceFile {
  const data = format === "json" ? parseJson(text, path) : parseYaml(text, path);
  return { path, text, format, data, locate: createLocator(text, format) };
}

function readBytes(path: string, shown: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile())
      throw SpecError.single({ file: shown, message: "is not a file" }, "Pass the path of a YAML or JSON file.");
    size = stat.size;
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw SpecError.single(
      { file: shown, message: "does not exist or cannot be read" },
      "Check the path (relative paths start from the current directory).",
    );
  }
  if (size > MAX_SPEC_BYTES) {
    throw SpecError.single(
      { file: shown, message: `is ${size} bytes; the limit is ${MAX_SPEC_BYTES}` },
      "Split the spec or pass a smaller one.",
    );
  }
  return readFileSync(path);
}

function decodeText(bytes: Buffer, shown: string): string {
  // Decoded once: a 6 MB spec decoded (and trimmed) twice cost about 20 ms of each thread that reads it.
  const decoded = bytes.toString("utf8");
  if (!/\S/.test(decoded)) {
    throw SpecError.single(
      { file: shown, line: 1, message: "is empty" },
      "Pass an OpenAPI 3.0/3.1 document in YAML or JSON.",
    );
  }
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) {
    throw SpecError.single(
      { file: shown, message: `looks binary (a NUL byte at offset ${nul})` },
      "Pass a text file in YAML or JSON (UTF-8).",
    );
  }
  // A BOM is legal at the start of UTF-8 YAML/JSON files written by Windows tools; JSON.parse rejects it.
  return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
}

function looksLikeJson(path: string, text: string): boolean {
  return path.toLowerCase().endsWith(".json") || /^\s*[{[]/.test(text);
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = jsonErrorPosition(text);
    throw SpecError.single(
      { file: shown, line, column, message: `is not valid JSON: ${message}` },
      "Fix the JSON syntax at that line.",
    );
  }
}

/** Node's JSON.parse messages no longer carry a position; jsonc-parser reports the offset of the first error. */
function jsonErrorPosition(text: string): { line?: number; column?: number } {
  const offset = firstSyntaxErrorOffset(text);
  return offset === undefined ? {} : positionInText(text, offset);
}
