// Load stage: read every input of one run (specs, their overlays, JSON Schema documents) into
// SourceFiles, in a fixed order: the order is part of the cache key and the file headers.
import { statSync } from "node:fs";
import { resolve as absolutePath, basename, extname } from "node:path";
import type { WireProfile } from "../../runtime/operation.ts";
import { type GenerateConfig, overlaysOf } from "../config.ts";
import {
  type HashedSourceText,
  parseSource,
  readHashedSourceText,
  readSourceText,
  type SourceFile,
  type SourceText,
} from "./read-source.ts";

export type LoadInputs = Pick<GenerateConfig, "specs" | "jsonSchemas">;

export interface LoadedSpec {
  name: string;
  absolute: string;
  source: SourceFile;
  /** Its overlays, in the order they apply. */
  overlays: readonly SourceFile[];
  /** The config's wire profile for this spec, if it names one. */
  profile?: WireProfile;
}

export interface LoadedJsonSchema {
  /** Validator name, e.g. "stripe-event.json". */
  readonly name: string;
  readonly source: SourceFile;
}

export interface LoadedSources {
  specs: LoadedSpec[];
  jsonSchemas: LoadedJsonSchema[];
  all: SourceFile[];
}

export interface LoadOptions {
  /**
   * When set, a spec input that holds a JSON Schema document (a `$schema`, no `openapi` or
   * `swagger`) is loaded as a JSON Schema with this name instead. `diff` takes either kind.
   */
  readonly jsonSchemaName?: string;
  /** Inputs already read (readInputTexts), by the path the config gives. */
  readonly texts?: ReadonlyMap<string, SourceText>;
}

/** Every input read and hashed but not parsed, in the order of LoadedSources.all, by the path the config gives. */
export function readInputTexts(inputs: LoadInputs): [string, HashedSourceText][] {
  return inputPaths(inputs).map((path) => [path, readHashedSourceText(path)]);
}

/**
 * Inputs of 1 MB or more: their validators are compiled in a worker of their own (a worker's start
 * costs more than it saves below that), and the pipeline's thread gets a larger young generation.
 */
const LARGE_INPUT_BYTES = 1_000_000;

/** Whether the inputs' total size on disk makes them large, without reading them (one that cannot be read counts 0: reading it will say why). */
export function isLargeInput(inputs: LoadInputs): boolean {
  const bytes = inputPaths(inputs).reduce(
    (total, path) => total + (statSync(path, { throwIfNoEntry: false })?.size ?? 0),
    0,
  );
  return bytes >= LARGE_INPUT_BYTES;
}

/**
 * Each input's size and modification time, by path ("missing" when it cannot be stat'ed): the
 * record of a run keeps them, so that the next run can guess without reading the inputs whether
 * that record may answer it (write/manifest.ts). A guess only: the content hash decides.
 */
export function inputStamps(inputs: LoadInputs): Record<string, string> {
  return Object.fromEntries(
    inputPaths(inputs).map((path) => {
      const stat = statSync(path, { throwIfNoEntry: false });
      return [path, stat ? `${stat.size}:${stat.mtimeMs}` : "missing"];
    }),
  );
}

function inputPaths(inputs: LoadInputs): string[] {
  return [
    ...inputs.specs.flatMap((input) => [input.spec, ...overlaysOf(input)]),
    ...inputs.jsonSchemas.map((input) => input.file),
  ];
}

export function loadSources(inputs: LoadInputs, options: LoadOptions = {}): LoadedSources {
  const readSource = (path: string) => parseSource(options.texts?.get(path) ?? readSourceText(path));
  const specs: LoadedSpec[] = [];
  const jsonSchemas: LoadedJsonSchema[] = [];
  for (const input of inputs.specs) {
    const source = readSource(input.spec);
    if (options.jsonSchemaName !== undefined && isJsonSchemaDocument(source.data)) {
      jsonSchemas.push({ name: options.jsonSchemaName, source });
      continue;
    }
    const overlays = overlaysOf(input).map((file) => readSource(file));
    const name = safeName(input.name ?? basename(input.spec, extname(input.spec)));
    specs.push({ name, absolute: absolutePath(input.spec), source, overlays, profile: input.profile });
  }
  for (const input of inputs.jsonSchemas)
    jsonSchemas.push({ name: input.name ?? basename(input.file), source: readSource(input.file) });
  const all = [
    ...specs.flatMap(({ source, overlays }) => [source, ...overlays]),
    ...jsonSchemas.map(({ source }) => source),
  ];
  return { specs, jsonSchemas, all };
}

function isJsonSchemaDocument(data: unknown): boolean {
  return typeof data === "object" && data !== null && !("openapi" in data) && !("swagger" in data) && "$schema" in data;
}

/** File names are derived from spec names, so they may not climb out of the output folder. */
function safeName(name: string): string {
  const cleaned = name.replace(/[^\w.-]+/g, "-").replace(/^[.-]+/, "");
  return cleaned === "" ? "spec" : cleaned;
}
