// What one generate run reads and writes. `npm run generate` reads the project's
// stripe-events-contract.config.json; the CLI builds the same shape from flags.

import { existsSync, readFileSync } from "node:fs";
import { resolve as absolutePath, dirname } from "node:path";
import type { WireProfile } from "../runtime/operation.ts";
import { SpecError } from "./spec-error.ts";

export interface SpecInput {
  /** Short name for per-spec files; defaults to the spec's file name without extension. */
  name?: string;
  spec: string;
  /** OpenAPI Overlay 1.0 file(s) applied to the spec before anything reads it; a list is applied in order. */
  overlay?: string | readonly string[];
  /**
   * How the generated client talks to this API: "stripe" (Stripe's encoding, headers, retries and
   * errors) or "openapi" (the spec's own rules). Default: "stripe" when the first server is
   * api.stripe.com (or another stripe.com host), "openapi" otherwise.
   */
  profile?: WireProfile;
}

export const WIRE_PROFILES: readonly WireProfile[] = ["stripe", "openapi"];

/** Which component schemas get a precompiled validator (see emit/validators/reachable-schemas.ts). */
export type ValidatorSelection = "all" | "reachable";

export const VALIDATOR_SELECTIONS: readonly ValidatorSelection[] = ["all", "reachable"];

export interface GenerateConfig {
  specs: SpecInput[];
  jsonSchemas: { name?: string; file: string }[];
  out: string;
  allowRemoteRefs: boolean;
  /** Also emit openapi-typescript's `paths`/`components` and the oracle check. */
  openapiTypescript: boolean;
  /** Extension used in relative imports between generated files: ".ts" for Node type stripping, ".js" for tsc/bundlers. */
  importExtension: ".ts" | ".js";
  /** Module specifier of the runtime; relative paths are resolved from the output folder. */
  runtimeImport?: string;
  /** Refuse the constructs that lenient mode (the default) reads with a warning (generator/resolve/leniencies.ts). */
  strict?: boolean;
  /** Format name → regular expression (matched with the `u` flag) that the validators check values against. */
  formats?: Record<string, string>;
  /** Formats the validators accept unchecked, without a warning. */
  ignoreFormats?: string[];
  /**
   * How the precompiled validators are written. ".js" (default): validators.compiled.js with a .d.ts,
   * fastest to type-check, but tsc copies the .js into its outDir only with allowJs. ".ts":
   * validators.compiled.ts marked @ts-nocheck, which an ordinary tsc build compiles like any source
   * (on a 13 MB spec it adds about 12 s and 1.7 GB to a type-check; on Stripe's specs about 0.2 s).
   */
  compiledValidators?: ".ts" | ".js";
  /**
   * "all" (default): a validator for every component schema. "reachable": only for the schemas an
   * operation, a webhook or the event map reaches through $refs; validate() of any other name
   * throws an error saying so (and does not compile, since it is not a SchemaName).
   */
  validators?: ValidatorSelection;
  /**
   * Folder of the incremental-regeneration cache (write/validator-cache.ts): each validator's code
   * by content, so that a run after a spec update compiles only the validators whose schemas
   * changed. Absent: no cache. The CLI's default is DEFAULT_CACHE_DIR in the working folder; the
   * config file's "cacheDir": false turns it off. The output is the same with or without it.
   */
  cacheDir?: string;
}

export const DEFAULT_CACHE_DIR = "node_modules/.cache/stripe-events-contract";

export const PROJECT_CONFIG_FILE = "stripe-events-contract.config.json";

/** A spec's overlays as a list, in the order they apply (each sees the result of the ones before). */
export function overlaysOf(input: Pick<SpecInput, "overlay">): readonly string[] {
  if (input.overlay === undefined) return [];
  return typeof input.overlay === "string" ? [input.overlay] : input.overlay;
}

/** The project's config file as written (the contract suite reads its own keys, e.g. "cassettes", from it). */
export function readProjectJson(cwd: string): Record<string, unknown> {
  const file = absolutePath(cwd, PROJECT_CONFIG_FILE);
  if (!existsSync(file)) {
    throw SpecError.single(
      { file: PROJECT_CONFIG_FILE, message: "not found, and no --spec was given" },
      "Pass --spec <file> --out <dir>, or run from a folder that has a stripe-events-contract.config.json (`stripe-events-contract init` writes one).",
    );
  }
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw SpecError.single(
      { file: PROJECT_CONFIG_FILE, message: `is not valid JSON: ${(error as Error).message}` },
      "Fix the JSON syntax.",
    );
  }
}

export function loadProjectConfig(cwd: string): GenerateConfig {
  const file = absolutePath(cwd, PROJECT_CONFIG_FILE);
  const raw = readProjectJson(cwd) as Partial<GenerateConfig>;
  checkProfiles(raw.specs ?? []);
  checkOverlays(raw.specs ?? []);
  const base = dirname(file);
  const at = (path: string) => absolutePath(base, path);
  return {
    specs: (raw.specs ?? []).map((input) => ({
      ...input,
      spec: at(input.spec),
      overlay: overlaysOf(input).map(at),
    })),
    jsonSchemas: (raw.jsonSchemas ?? []).map((input) => ({ ...input, file: at(input.file) })),
    out: at(raw.out ?? "generated"),
    allowRemoteRefs: raw.allowRemoteRefs ?? false,
    openapiTypescript: raw.openapiTypescript ?? false,
    importExtension: raw.importExtension ?? ".js",
    runtimeImport: raw.runtimeImport,
    strict: raw.strict ?? false,
    formats: checkFormatPatterns(raw.formats ?? {}, (message) =>
      SpecError.single(
        { file: PROJECT_CONFIG_FILE, pointer: "/formats", message },
        "Give each format a JavaScript regular expression, as a string.",
      ),
    ),
    ignoreFormats: raw.ignoreFormats ?? [],
    ...(raw.compiledValidators === undefined
      ? {}
      : { compiledValidators: checkedCompiledValidators(raw.compiledValidators) }),
    ...(raw.validators === undefined ? {} : { validators: checkedValidatorSelection(raw.validators) }),
    ...checkedCacheDir((raw as { cacheDir?: unknown }).cacheDir, at),
  };
}

function checkedCacheDir(value: unknown, at: (path: string) => string): Pick<GenerateConfig, "cacheDir"> {
  if (value === false) return {};
  if (value === undefined) return { cacheDir: at(DEFAULT_CACHE_DIR) };
  if (typeof value === "string" && value !== "") return { cacheDir: at(value) };
  throw SpecError.single(
    {
      file: PROJECT_CONFIG_FILE,
      pointer: "/cacheDir",
      message: `must be a folder path or false, got ${JSON.stringify(value)}`,
    },
    `Leave it out for ${DEFAULT_CACHE_DIR}, give another folder, or set it to false to regenerate everything every time.`,
  );
}

function checkedValidatorSelection(value: unknown): ValidatorSelection {
  if (VALIDATOR_SELECTIONS.includes(value as ValidatorSelection)) return value as ValidatorSelection;
  throw SpecError.single(
    {
      file: PROJECT_CONFIG_FILE,
      pointer: "/validators",
      message: `must be "all" or "reachable", got ${JSON.stringify(value)}`,
    },
    'Use "all" (a validator for every component schema) or "reachable" (only those an operation, webhook or event reaches).',
  );
}

function checkedCompiledValidators(value: unknown): ".ts" | ".js" {
  if (value === ".ts" || value === ".js") return value;
  throw SpecError.single(
    {
      file: PROJECT_CONFIG_FILE,
      pointer: "/compiledValidators",
      message: `must be ".ts" or ".js", got ${JSON.stringify(value)}`,
    },
    'Use ".ts" so an ordinary tsc build compiles the validators, or ".js" (the default) for the fastest type-check.',
  );
}

function checkOverlays(specs: readonly SpecInput[]): void {
  for (const [index, input] of specs.entries()) {
    const overlay: unknown = input.overlay;
    const list = Array.isArray(overlay) ? overlay : [overlay];
    if (overlay === undefined || list.every((item) => typeof item === "string" && item !== "")) continue;
    throw SpecError.single(
      {
        file: PROJECT_CONFIG_FILE,
        pointer: `/specs/${index}/overlay`,
        message: "must be a file path or a list of them",
      },
      'Set "overlay" to "specs/fixes.overlay.yml", or to a list applied in order: ["specs/a.overlay.yml", "specs/b.overlay.yml"].',
    );
  }
}

function checkProfiles(specs: readonly SpecInput[]): void {
  for (const [index, input] of specs.entries()) {
    if (input.profile === undefined || WIRE_PROFILES.includes(input.profile)) continue;
    throw SpecError.single(
      {
        file: PROJECT_CONFIG_FILE,
        pointer: `/specs/${index}/profile`,
        message: `unknown profile ${JSON.stringify(input.profile)}`,
      },
      'Set "profile" to "stripe" or "openapi", or leave it out to choose by the spec\'s server URL.',
    );
  }
}

/** The format patterns, each checked to compile; `fail` makes the error for one that does not. */
export function checkFormatPatterns(
  formats: Readonly<Record<string, unknown>>,
  fail: (message: string) => Error,
): Record<string, string> {
  for (const [name, pattern] of Object.entries(formats)) {
    if (typeof pattern !== "string") throw fail(`${JSON.stringify(name)}: the pattern must be a string`);
    try {
      new RegExp(pattern, "u");
    } catch (error) {
      throw fail(`${JSON.stringify(name)}: ${(error as Error).message}`);
    }
  }
  return { ...(formats as Record<string, string>) };
}
