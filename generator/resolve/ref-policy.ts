// $ref policy, checked before any resolver runs so that nothing is fetched or read first:
// local refs are fine; files must stay inside the spec's folder; http(s) only with --allow-remote-refs.

import { realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve as absolutePath, dirname, isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { toPointer } from "../../core/json-pointer.ts";
import type { SourceFile } from "../load/read-source.ts";
import { SpecError, type SpecProblem } from "../spec-error.ts";

export interface RefPolicy {
  allowRemoteRefs: boolean;
}

export interface RefScan {
  /** True when some $ref points at another file or URL, so the resolver must bundle. */
  hasExternalRefs: boolean;
  /** Every local $ref, and every keyword that changes where a $ref below it leads. */
  localRefKeywords: KeywordUse[];
}

/**
 * `$ref`, and the keywords that change how json-schema-ref-parser resolves a `$ref` below them (an
 * `$id` or `$anchor` scope, a draft-04 `$schema`), which the local follower (model/refs.ts) does not apply.
 */
const REF_KEYWORDS: ReadonlySet<string> = new Set(["$ref", "$id", "$anchor", "$dynamicAnchor", "$schema"]);

export function checkRefs(document: unknown, source: SourceFile, absolutePath: string, policy: RefPolicy): RefScan {
  const problems: SpecProblem[] = [];
  const localRefKeywords: KeywordUse[] = [];
  let hasExternalRefs = false;
  for (const use of collectKeywords(document, REF_KEYWORDS)) {
    if (use.key !== "$ref" || use.value.startsWith("#")) {
      localRefKeywords.push(use);
      continue;
    }
    hasExternalRefs = true;
    const reason = refusalReason(use.value, absolutePath, policy);
    if (reason) {
      const pointer = toPointer([...use.path, "$ref"]);
      problems.push({
        file: source.path,
        pointer,
        ...source.locate(pointer),
        message: `$ref "${use.value}" ${reason}`,
      });
    }
  }
  if (problems.length > 0) {
    throw new SpecError(
      problems,
      "Inline the referenced schema into this spec, or pass --allow-remote-refs if you trust the remote URL.",
    );
  }
  return { hasExternalRefs, localRefKeywords };
}

/** The RefScan's localRefKeywords of a document without checking its external $refs. */
export function localRefKeywords(document: unknown): KeywordUse[] {
  return collectKeywords(document, REF_KEYWORDS).filter((use) => use.key !== "$ref" || use.value.startsWith("#"));
}

/**
 * True when some $ref points at another file or URL, which only bundling can bring in. The
 * validator worker asks this of every spec, so it is its own walk: no paths, and it stops at the
 * first such $ref (a third of the time of collectKeywords' walk on Stripe's spec).
 */
export function hasExternalRefs(document: unknown): boolean {
  const pending: object[] = typeof document === "object" && document !== null ? [document] : [];
  while (pending.length > 0) {
    const value = pending.pop() as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (typeof child === "object" && child !== null) pending.push(child);
      else if (key === "$ref" && typeof child === "string" && !child.startsWith("#")) return true;
    }
  }
  return false;
}

function refusalReason(ref: string, specPath: string, policy: RefPolicy): string | undefined {
  if (/^https?:/i.test(ref))
    return policy.allowRemoteRefs
      ? undefined
      : "is remote; remote refs are refused unless --allow-remote-refs is given";
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return "uses a URL scheme that is never resolved";
  const filePart = decodeFilePart(ref);
  if (filePart === undefined) return "is not a valid URI reference (malformed %-escape)";
  const specFolder = dirname(specPath);
  const target = absolutePath(specFolder, filePart);
  const outside = `points outside the spec's folder (${specFolder}) and is refused`;
  if (isAbsolute(filePart) || !isInside(specFolder, target)) return outside;
  // A symlink inside the folder may point anywhere: compare where it really leads.
  if (!isInside(realPathOrSelf(specFolder), realPathOrSelf(target))) return outside;
  return undefined;
}

function decodeFilePart(ref: string): string | undefined {
  try {
    return decodeURIComponent(ref.split("#")[0]!);
  } catch {
    return undefined;
  }
}

function isInside(folder: string, target: string): boolean {
  const inside = relative(folder, target);
  return !inside.startsWith("..") && !isAbsolute(inside);
}

/** A missing target keeps its lexical path; the resolver reports it as missing later. */
function realPathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The resolver's file reader, limited to the spec's folder. checkRefs only sees the spec's own
 * $refs; this also covers the $refs inside the files those refs load.
 */
export function folderBoundFileResolver(specPath: string) {
  const specFolder = dirname(specPath);
  return {
    order: 100,
    canRead: (file: { url: string }) => !/^[a-z][a-z0-9+.-]*:/i.test(file.url) || /^file:/i.test(file.url),
    read: async (file: { url: string }): Promise<Buffer> => {
      const path = fileUrlToPath(file.url);
      if (!isInside(realPathOrSelf(specFolder), realPathOrSelf(path))) {
        throw new Error(`${path} is outside the spec's folder (${specFolder}) and is refused`);
      }
      return readFile(path);
    },
  };
}

function fileUrlToPath(url: string): string {
  if (/^file:/i.test(url)) return fileURLToPath(url);
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

interface Visit {
  readonly value: object;
  readonly parent: Visit | undefined;
  readonly key: string | number;
}

/** A string-valued keyword met in a walk of the document, with the object that holds it. */
export interface KeywordUse {
  readonly key: string;
  readonly value: string;
  readonly holder: Readonly<Record<string, unknown>>;
  /** Path from the document root to the holder. */
  readonly path: (string | number)[];
}

/**
 * Iterative walk: deeply nested specs must not overflow the stack. Each visit links to its parent,
 * and a keyword's path is made when it is read (the $ref proof reads few), not for every node of a
 * 13 MB document. Indexed loops, and only objects stacked: this walks every node, mostly before V8
 * optimises it, where a for…of allocates a result per step.
 */
export function collectKeywords(document: unknown, keys: ReadonlySet<string>): KeywordUse[] {
  const found: KeywordUse[] = [];
  if (typeof document !== "object" || document === null) return found;
  const stack: Visit[] = [{ value: document, parent: undefined, key: "" }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    if (Array.isArray(visit.value)) stackItems(visit.value, visit, stack);
    else visitObject(visit.value as Record<string, unknown>, visit, keys, found, stack);
  }
  return found;
}

function stackItems(items: readonly unknown[], visit: Visit, stack: Visit[]): void {
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (typeof item === "object" && item !== null) stack.push({ value: item, parent: visit, key: index });
  }
}

function visitObject(
  object: Record<string, unknown>,
  visit: Visit,
  keys: ReadonlySet<string>,
  found: KeywordUse[],
  stack: Visit[],
): void {
  const names = Object.keys(object);
  for (let index = 0; index < names.length; index++) {
    const key = names[index]!;
    const child = object[key];
    if (typeof child === "string" && keys.has(key)) found.push(new FoundKeyword(key, child, object, visit));
    else if (typeof child === "object" && child !== null) stack.push({ value: child, parent: visit, key });
  }
}

class FoundKeyword implements KeywordUse {
  readonly key: string;
  readonly value: string;
  readonly holder: Readonly<Record<string, unknown>>;
  readonly #at: Visit;
  #path: (string | number)[] | undefined;

  constructor(key: string, value: string, holder: Readonly<Record<string, unknown>>, at: Visit) {
    this.key = key;
    this.value = value;
    this.holder = holder;
    this.#at = at;
  }

  get path(): (string | number)[] {
    this.#path ??= pathOf(this.#at);
    return this.#path;
  }
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}
