// Which overlay wrote what: a problem found in a repaired spec (an invalid value, a $ref to nothing)
// whose place was written by an overlay is reported in that overlay file, at the action and the key
// in its `update` that wrote it, instead of in the spec the user never edited. Computed only when
// there is a problem to place: each action is re-applied alone and the document compared before and
// after, so the run that succeeds pays nothing for it.
import { isDeepStrictEqual } from "node:util";
import { lookupTokens, pointerTokens, toPointer } from "../../core/json-pointer.ts";
import type { SourceFile } from "../load/read-source.ts";
import { followRefs, type Located } from "../model/refs.ts";
import { SpecError, type SpecProblem } from "../spec-error.ts";
import { applyActions, type OverlayAction, readActions } from "./apply-overlay.ts";
import type { RepairedSpec } from "./repair-specs.ts";

/** One place an overlay action wrote: `pointer` into the spec, `at` into the overlay file. */
interface OverlayWrite {
  readonly pointer: string;
  readonly overlay: SourceFile;
  readonly at: string;
}

/** The same error with each problem an overlay caused placed in that overlay; others are left as they were. */
export async function placeProblemsInOverlays(error: unknown, specs: readonly RepairedSpec[]): Promise<unknown> {
  if (!(error instanceof SpecError)) return error;
  let problems = error.problems;
  for (const spec of specs) {
    if (spec.overlays.length === 0 || !problems.some((problem) => problem.file === spec.source.path)) continue;
    problems = placeSpecProblems(problems, spec, await overlayWrites(spec));
  }
  if (problems === error.problems) return error;
  return new SpecError(problems, `${error.hint} A problem placed in an overlay was written by it: fix it there.`);
}

/**
 * The validator reports a problem at every place it met the schema, following $refs (a component used
 * by two operations fails under both), and again at each enclosing schema that fails because of it.
 * So: a problem whose place, with $refs followed, an overlay wrote goes to that write; a problem whose
 * place encloses one of those goes to the same write; identical lines are then reported once.
 */
function placeSpecProblems(
  problems: readonly SpecProblem[],
  spec: RepairedSpec,
  writes: readonly OverlayWrite[],
): readonly SpecProblem[] {
  const ownWrite = (problem: SpecProblem) =>
    problem.file === spec.source.path && problem.pointer !== undefined
      ? coveringWrite(writes, realPointer(spec.document, problem.pointer))
      : undefined;
  const direct = problems.map(ownWrite);
  if (direct.every((write) => write === undefined)) return problems;
  const placed = problems.map((problem, index) => {
    const write = direct[index] ?? enclosedWrite(problem, problems, direct, spec);
    return write === undefined ? problem : inOverlay(problem, write, spec);
  });
  const seen = new Set<string>();
  return placed.filter((problem) => {
    const key = `${problem.file}\u0000${problem.pointer}\u0000${problem.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

function enclosedWrite(
  problem: SpecProblem,
  problems: readonly SpecProblem[],
  direct: readonly (OverlayWrite | undefined)[],
  spec: RepairedSpec,
): OverlayWrite | undefined {
  const pointer = problem.pointer;
  if (problem.file !== spec.source.path || pointer === undefined || pointer === "") return undefined;
  const index = problems.findIndex(
    (other, at) => direct[at] !== undefined && other.file === problem.file && other.pointer?.startsWith(`${pointer}/`),
  );
  return index === -1 ? undefined : direct[index];
}

function inOverlay(problem: SpecProblem, write: OverlayWrite, spec: RepairedSpec): SpecProblem {
  return {
    file: write.overlay.path,
    pointer: write.at,
    ...write.overlay.locate(write.at),
    message: `${problem.message} (this action wrote ${spec.source.path}#${write.pointer})`,
  };
}

/** The pointer a problem's place really has: the validator's path goes through $refs, the document's does not. */
function realPointer(document: unknown, pointer: string): string {
  let current: Located = { pointer: "", value: document };
  for (const token of pointerTokens(pointer)) {
    const target = followRefs(document, current);
    if (target.end === "target") current = target;
    const child = lookupTokens(current.value, [token]);
    current = { pointer: current.pointer + toPointer([token]), value: child.found ? child.value : undefined };
  }
  return current.pointer;
}

/** The most specific write at or around the pointer (the latest of equals: later overlays win). */
function coveringWrite(writes: readonly OverlayWrite[], pointer: string): OverlayWrite | undefined {
  let best: OverlayWrite | undefined;
  for (const write of writes) {
    const covers = pointer === write.pointer || pointer.startsWith(`${write.pointer}/`);
    if (covers && (best === undefined || write.pointer.length >= best.pointer.length)) best = write;
  }
  return best;
}

async function overlayWrites(spec: RepairedSpec): Promise<OverlayWrite[]> {
  const writes: OverlayWrite[] = [];
  let document = spec.source.data;
  for (const overlay of spec.overlays) {
    for (const [index, action] of readActions(overlay).entries()) {
      const next = (await applyActions(document, [action])).document;
      for (const pointer of writtenPointers(document, next, ""))
        writes.push({ pointer, overlay, at: placeInAction(action, index, pointer, next) });
      document = next;
    }
  }
  return writes;
}

/** Pointers in `after` that hold something `before` did not: a changed value, or a new key (not its insides). */
function writtenPointers(before: unknown, after: unknown, pointer: string): string[] {
  if (isDeepStrictEqual(before, after)) return [];
  const isContainer = (value: unknown) => typeof value === "object" && value !== null;
  if (!isContainer(before) || !isContainer(after) || Array.isArray(before) !== Array.isArray(after)) return [pointer];
  const old = before as Record<string, unknown>;
  return Object.entries(after as Record<string, unknown>).flatMap(([key, value]) => {
    const at = pointer + toPointer([key]);
    return Object.hasOwn(old, key) ? writtenPointers(old[key], value, at) : [at];
  });
}

/** The key of the action's `update` that holds the written value: the longest tail of the pointer found there. */
function placeInAction(action: OverlayAction, index: number, pointer: string, document: unknown): string {
  const base = `/actions/${index}`;
  if (action.update === undefined) return base;
  const tokens = pointerTokens(pointer);
  const written = lookupTokens(document, tokens);
  for (let start = 0; start < tokens.length; start++) {
    const tail = tokens.slice(start);
    const inUpdate = lookupTokens(action.update, tail);
    if (inUpdate.found && written.found && isDeepStrictEqual(inUpdate.value, written.value))
      return `${base}/update${toPointer(tail)}`;
  }
  return `${base}/update`;
}
