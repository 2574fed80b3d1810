// The OpenAPI schema check (swagger-parser, ajv underneath) reports one mistake many times: it
// checks the dereferenced document, so a broken component is reported once per place that refers
// to it, at that place's path; and every `oneOf` above the mistake fails too ("must match exactly
// one schema in oneOf", "must have required property '$ref'"). Here each mistake becomes one
// problem at the line of the schema that has it, with everything that follows from it folded
// under it and counted.
import { escapePointerToken, pointerTokens } from "../../core/json-pointer.ts";
import { followRefs, type Located } from "../model/refs.ts";
import type { SpecProblem } from "../spec-error.ts";

/** One error of the schema check, as ajv reports it. */
export interface CheckError {
  /** JSON pointer into the checked (dereferenced) document. */
  readonly instancePath: string;
  readonly keyword?: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * Keywords whose failure only says that a branch below failed. A `required: $ref` is the Reference
 * Object branch of the OpenAPI schema's "Schema or Reference" choice.
 */
function isKnockOn(error: CheckError): boolean {
  if (error.keyword === "oneOf" || error.keyword === "anyOf" || error.keyword === "if") return true;
  return error.keyword === "required" && error.params?.missingProperty === "$ref";
}

/**
 * Folds the errors into problems: each knock-on goes under the first root cause at or below its
 * path; then root causes met through different $refs, which are one mistake in one schema, become
 * one problem at that schema. `toProblem` adds the file and line of a definition pointer.
 */
export function foldCheckErrors(
  document: unknown,
  errors: readonly CheckError[],
  toProblem: (pointer: string, message: string) => SpecProblem,
): SpecProblem[] {
  const roots = errors.filter((error) => !isKnockOn(error));
  const knockOns = new Map<CheckError, CheckError[]>(roots.map((root) => [root, []]));
  for (const error of errors) {
    if (!isKnockOn(error)) continue;
    const root = roots.find((candidate) => isAtOrBelow(candidate.instancePath, error.instancePath));
    if (root) knockOns.get(root)!.push(error);
    else knockOns.set(error, []); // nothing below explains it: it is a root cause itself
  }
  const merged = new Map<string, { root: SpecProblem; followers: SpecProblem[] }>();
  for (const [root, below] of knockOns) {
    const problem = toProblem(definitionPointer(document, root.instancePath), root.message);
    const followers = below.map((error) => knockOnProblem(document, error, toProblem));
    const key = `${problem.pointer}\u0000${problem.message}`;
    const earlier = merged.get(key);
    if (earlier) earlier.followers.push(problem, ...followers);
    else merged.set(key, { root: problem, followers });
  }
  return [...merged.values()].map(({ root, followers }) =>
    followers.length > 0 ? { ...root, knockOns: followers } : root,
  );
}

/** A knock-on at its definition, saying where the check met it when that was through a $ref. */
function knockOnProblem(
  document: unknown,
  error: CheckError,
  toProblem: (pointer: string, message: string) => SpecProblem,
): SpecProblem {
  const pointer = definitionPointer(document, error.instancePath);
  const via = pointer === error.instancePath ? "" : ` (met at #${error.instancePath})`;
  return toProblem(pointer, `${error.message}${via}`);
}

function isAtOrBelow(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/**
 * Where a path of the dereferenced document is defined in the document itself: each $ref on the
 * way is followed, so a path through `#/paths/.../schema` ends in the component it refers to. A
 * path that names a `$ref` keyword stays at that $ref.
 */
export function definitionPointer(document: unknown, pointer: string): string {
  let tokens: string[];
  try {
    tokens = pointerTokens(pointer);
  } catch {
    return pointer;
  }
  let current: Located = { pointer: "", value: document };
  for (const token of tokens) {
    if (token !== "$ref") current = followLocalRefs(document, current);
    const value = current.value;
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, token)) return pointer;
    current = {
      pointer: `${current.pointer}/${escapePointerToken(token)}`,
      value: (value as Record<string, unknown>)[token],
    };
  }
  return followLocalRefs(document, current).pointer;
}

function followLocalRefs(document: unknown, start: Located): Located {
  const chain = followRefs(document, start);
  return chain.end === "target" ? chain : start;
}
