// A schema whose own $ref chain leads back to itself (`a: {$ref: b}`, `b: {$ref: a}`) describes no
// value at all: its type alias would be circular and its validator would recurse forever. It is
// refused here, with the place of the loop, instead of failing later with a stack overflow.
import { escapePointerToken } from "../../core/json-pointer.ts";
import type { SourceFile } from "../load/read-source.ts";
import { SpecError, type SpecProblem } from "../spec-error.ts";
import { followRefs, refOf, refPointer } from "./refs.ts";

export function assertNoRefLoops(document: Record<string, unknown>, source: SourceFile): void {
  const components = document.components as { schemas?: Record<string, unknown> } | undefined;
  const reported = new Set<string>();
  const problems: SpecProblem[] = [];
  for (const name of Object.keys(components?.schemas ?? {})) {
    const loop = refLoopFrom(document, `#/components/schemas/${escapePointerToken(name)}`);
    if (!loop || reported.has([...loop].sort().join("\u0000"))) continue;
    reported.add([...loop].sort().join("\u0000"));
    const pointer = `${loop[0]!.slice(1)}/$ref`;
    problems.push({
      file: source.path,
      pointer,
      ...source.locate(pointer),
      message: `$ref loop ${[...loop, loop[0]].join(" → ")} never reaches a schema`,
    });
  }
  if (problems.length > 0)
    throw new SpecError(
      problems,
      "Give one schema in the loop real content (e.g. an object with a property that refers back).",
    );
}

/** The refs of a loop reached by following top-level $refs from `start`, or undefined. */
function refLoopFrom(document: Record<string, unknown>, start: string): string[] | undefined {
  const chain = followRefs(document, { pointer: "", value: { $ref: start } });
  if (chain.end !== "cycle") return undefined;
  const closing = refPointer(refOf(chain.value)!);
  const loopStart = chain.refs.findIndex((ref) => refPointer(ref) === closing);
  return loopStart === 0 ? [...chain.refs] : undefined;
}
