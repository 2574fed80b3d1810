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
  /**
   * Problems that follow from this one, folded under it: knock-on errors of a schema check (a
   * `oneOf` that fails because its branch did) and the same error met again through other $refs.
   */
  knockOns?: readonly SpecProblem[];
}

/** Warnings of one kind, printed under one heading, each with its location. */
export interface WarningGroup {
  /** What each warning is about, singular ("construct"); the count comes before it. */
  readonly noun: string;
  /** The rest of the heading, after "<count> <noun>s". */
  readonly heading: string;
  readonly problems: readonly SpecProblem[];
}

export interface ListOptions {
  /** Every problem and every knock-on, instead of the first SHOWN_PROBLEMS with counts (--all). */
  readonly all?: boolean;
}

/** How many problems a list shows unless --all is given. */
export const SHOWN_PROBLEMS = 25;

export class SpecError extends Error {
  readonly problems: readonly SpecProblem[];
  readonly hint: string;

  constructor(problems: readonly SpecProblem[], hint: string) {
    super(formatProblems(problems, hint, {}));
    this.name = "SpecError";
    this.problems = problems;
    this.hint = hint;
  }

  static single(problem: SpecProblem, hint: string): SpecError {
    return new SpecError([problem], hint);
  }

  /** The message, with every problem listed when `all` is set. */
  format(options: ListOptions): string {
    return formatProblems(this.problems, this.hint, options);
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

function formatProblems(problems: readonly SpecProblem[], hint: string, options: ListOptions): string {
  return `${countProblems(problems, "problem")}:\n${formatProblemList(problems, options)}\nWhat to do: ${hint}`;
}

/** "3 problems", or "3 problems (and 96 more caused by them)": every count true. */
export function countProblems(problems: readonly SpecProblem[], noun: string): string {
  const heading = `${problems.length} ${noun}${problems.length === 1 ? "" : "s"}`;
  const knockOns = problems.reduce((total, problem) => total + (problem.knockOns?.length ?? 0), 0);
  if (knockOns === 0) return heading;
  return `${heading} (and ${knockOns} more caused by ${problems.length === 1 ? "it" : "them"})`;
}

/**
 * One line per problem, indented, each followed by its knock-ons (counted, or listed with --all);
 * a list cut at SHOWN_PROBLEMS says so on its last line.
 */
export function formatProblemList(problems: readonly SpecProblem[], options: ListOptions): string {
  const shown = options.all ? problems : problems.slice(0, SHOWN_PROBLEMS);
  const lines: string[] = [];
  for (const problem of shown) {
    lines.push(`  ${formatLocation(problem)}: ${problem.message}`);
    const knockOns = problem.knockOns ?? [];
    if (options.all)
      for (const knockOn of knockOns) lines.push(`    caused by this: ${formatLocation(knockOn)}: ${knockOn.message}`);
    else if (knockOns.length > 0) lines.push(`    and ${knockOns.length} more caused by this`);
  }
  if (shown.length < problems.length)
    lines.push(`  ${shown.length} of ${problems.length} shown; --all shows every one.`);
  return lines.join("\n");
}

/** Warning groups as printed before the summary line, or "" when there are none. */
export function formatWarnings(groups: readonly WarningGroup[], options: ListOptions): string {
  return groups
    .filter((group) => group.problems.length > 0)
    .map(
      (group) =>
        `Warning: ${countProblems(group.problems, group.noun)} ${group.heading}:\n${formatProblemList(group.problems, options)}`,
    )
    .join("\n");
}
