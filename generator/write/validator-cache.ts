// The incremental-regeneration caches of one output folder, in the cache folder of the config
// ("cacheDir"; the CLI's default is node_modules/.cache/stripe-events-contract), outside the output
// (users commit generated/): the last run's code of each validator entry, by content key
// (emit/validators/entry-key.ts), and its printed declarations (emit/declaration-memo.ts). A run
// reads them, redoes only what it lacks, and replaces them with what its own output holds, so they
// never grow past one output's size. They are only caches (cache-file.ts): the output is
// byte-identical with or without them.
import type { DeclarationRead, PrintedDeclaration } from "../emit/declaration-memo.ts";
import type { EntryCode } from "../emit/validators/compile-entry.ts";
import { cacheFile, readCacheFile, writeCacheFile } from "./cache-file.ts";

const VALIDATORS = { format: "stripe-events-contract validator cache 3" };

export type EntryCodes = ReadonlyMap<string, EntryCode>;

/** How one run uses the caches: their files, whether to read them (not with --force) and write them (not with --check), and the salt of every key. */
export interface EntryCacheUse {
  readonly file: string;
  readonly typesFile: string;
  readonly read: boolean;
  readonly write: boolean;
  /** What every entry depends on besides its own content: the generator's version and source. */
  readonly salt: string;
}

export function entryCacheFiles(cacheDir: string, out: string): Pick<EntryCacheUse, "file" | "typesFile"> {
  return { file: cacheFile(cacheDir, out, "validators"), typesFile: cacheFile(cacheDir, out, "types") };
}

/** The options compileValidators takes from a cache use. */
export function compileCacheOptions(use: EntryCacheUse | undefined): { cache?: EntryCodes; salt?: string } {
  if (!use) return {};
  return { cache: use.read ? readValidatorCache(use.file) : undefined, salt: use.salt };
}

export function readValidatorCache(file: string): EntryCodes {
  return readCacheFile(file, VALIDATORS, isEntryCode);
}

export function writeValidatorCache(file: string, entries: EntryCodes): void {
  writeCacheFile(file, VALIDATORS, entries);
}

/** The printed declarations of the last run whose generator (salt) was this one's. */
export function readDeclarationCache(use: EntryCacheUse): ReadonlyMap<string, PrintedDeclaration> {
  return use.read ? readCacheFile(use.typesFile, declarationsHeader(use), isPrintedDeclaration) : new Map();
}

export function writeDeclarationCache(use: EntryCacheUse, printed: ReadonlyMap<string, PrintedDeclaration>): void {
  if (use.write) writeCacheFile(use.typesFile, declarationsHeader(use), printed);
}

function declarationsHeader(use: EntryCacheUse) {
  return { format: "stripe-events-contract declaration cache 1", salt: use.salt };
}

function isEntryCode(value: unknown): value is EntryCode {
  const entry = value as Partial<EntryCode> | null;
  return (
    typeof entry?.code === "string" &&
    Array.isArray(entry.modules) &&
    entry.modules.every((module) => typeof module === "string")
  );
}

function isPrintedDeclaration(value: unknown): value is PrintedDeclaration {
  const printed = value as Partial<PrintedDeclaration> | null;
  return (
    typeof printed?.text === "string" &&
    typeof printed.block === "boolean" &&
    Array.isArray(printed.reads) &&
    printed.reads.every(isRead)
  );
}

function isRead(value: unknown): value is DeclarationRead {
  const read = value as Record<string, unknown> | null;
  if (typeof read?.ref === "string" && read.kind === "resolved") return typeof read.digest === "string";
  const answer = read?.answer === null || typeof read?.answer === "string";
  if (read?.kind === "named") return typeof read.ref === "string" && answer;
  return read?.kind === "titled" && typeof read.schema === "string" && answer;
}
