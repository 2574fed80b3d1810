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

export function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function unescapePointerToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

export function toPointer(path: readonly (string | number)[]): string {
  return path.map((token) => `/${escapePointerToken(String(token))}`).join("");
}

export function fromPointer(pointer: string): string[] {
  if (pointer === "" || pointer === "#") return [];
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  return body
    .split("/")
    .slice(1)
    .map((token) => unescapePointerToken(safeDecode(token)));
}

/** Refs are URI fragments, so tokens may be percent-encoded; a malformed escape is kept as written. */
function safeDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}
