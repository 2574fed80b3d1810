// The warnings a run prints besides its errors: the constructs lenient mode read with an assumption
// (resolve/apply-leniencies.ts) and the formats the validators cannot check (validators/formats.ts).
// Both come without lines; they are located here together, in one pass of each spec's text (on
// GitHub's 13 MB spec a pass takes about 0.2 s), the constructs then in the order of their lines.
import type { GenerateConfig } from "../config.ts";
import { byPosition, locateProblems } from "../load/locate-pointer.ts";
import type { ApiModel } from "../model/api-model.ts";
import { LENIENCY_HEADING } from "../resolve/apply-leniencies.ts";
import type { SpecProblem, WarningGroup } from "../spec-error.ts";
import { unknownFormatWarnings } from "./validators/formats.ts";

export function runWarnings(
  model: ApiModel,
  config: Pick<GenerateConfig, "formats" | "ignoreFormats">,
): WarningGroup[] {
  const groups: WarningGroup[] = [
    { noun: "construct", heading: LENIENCY_HEADING, problems: model.warnings },
    unknownFormatWarnings(model, config),
  ];
  const located = locatedBySpec(
    model,
    groups.flatMap((group) => group.problems),
  );
  const [constructs, formats] = groups.map((group) => ({
    ...group,
    problems: group.problems.map((problem) => located.get(problem) ?? problem),
  }));
  const sorted = { ...constructs!, problems: [...constructs!.problems].sort(byPosition) };
  return [sorted, formats!].filter((group) => group.problems.length > 0);
}

/** Each problem located in its spec's text, one pass per spec. */
function locatedBySpec(model: ApiModel, problems: readonly SpecProblem[]): Map<SpecProblem, SpecProblem> {
  const located = new Map<SpecProblem, SpecProblem>();
  for (const spec of model.specs) {
    const own = problems.filter((problem) => problem.file === spec.file && problem.line === undefined);
    const positions = locateProblems(own, spec.locate);
    for (const [index, problem] of own.entries()) located.set(problem, positions[index]!);
  }
  return located;
}
