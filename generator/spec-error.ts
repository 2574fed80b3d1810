// Every failure a user can cause is a SpecError: it names the file, the place (JSON pointer and,
// when we can find it, the line) and what to do. The CLI prints these without a stack trace.

export interface SpecLocation {
  file: string;
  /** JSON pointer into the document, "" for the whole document. */
  pointer?: string;
  line?: number;
  column?: number;
}

export interface SpecProblem extends SpecLocation {
  message: string;
}

export class SpecError extends Error {
  readonly problems: readonly SpecProblem[];
  readonly hint: string;

  constructor(problems: readonly SpecProblem[], hint: string) {
    super(formatProblems(problems, hint));
    this.name = "SpecError";
    this.problems = problems;
    this.hint = hint;
  }

  static single(problem: SpecProblem, hint: string): SpecError {
    return new SpecError([problem], hint);
  }
}

export function formatLocation(location: SpecLocation): string {
  let text = location.file;
  if (location.line !== undefined)
    text += `:${location.line}${location.column !== undefined ? `:${location.column}` : ""}`;
  if (location.pointer !== undefined)
    text += ` (at ${location.pointer === "" ? "the document root" : `#${location.pointer}`})`;
  return text;
}

function formatProblems(problems: readonly SpecProblem[], hint: string): string {
  const lines = problems.map((problem) => `  ${formatLocation(problem)}: ${problem.message}`);
  const heading = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return `${heading}:\n${lines.join("\n")}\nWhat to do: ${hint}`;
}
