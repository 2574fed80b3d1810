// Reads tsc's output over the corpus outputs: which component schemas the oracle check
// (openapi-typescript/oracle-check.ts, one `Assert<MutuallyAssignable<…>>` per schema) says disagree,
// and every other error, which must not exist.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface OracleReport {
  /** Output folder → number of component schemas the oracle compares. */
  readonly compared: ReadonlyMap<string, number>;
  /** "folder schema-name", one per schema whose two types are not mutually assignable. */
  readonly disagreements: readonly string[];
  /** Every other diagnostic: a type error in generated code, or an oracle line that is not an Assert. */
  readonly otherErrors: readonly string[];
}

const ORACLE_FILE = "openapi-typescript/oracle-check.ts";
const ASSERT_LINE = /^ {2}("(?:[^"\\]|\\.)*"): Assert<MutuallyAssignable</;
const ERROR_LINE = /^([^(\s]+)\((\d+),\d+\): error (TS\d+): (.*)$/;

export function readOracleReport(root: string, folders: readonly string[], diagnostics: string): OracleReport {
  const lines = new Map(folders.map((folder) => [folder, oracleLines(root, folder)]));
  const compared = new Map(
    [...lines].map(([folder, text]) => [folder, text.filter((line) => ASSERT_LINE.test(line)).length]),
  );
  const disagreements: string[] = [];
  const otherErrors: string[] = [];
  for (const diagnostic of diagnostics.split("\n").filter((line) => line.includes(" error TS"))) {
    const match = ERROR_LINE.exec(diagnostic);
    const [folder, ...rest] = (match?.[1] ?? "").split("/");
    const assert =
      match && rest.join("/") === ORACLE_FILE && match[3] === "TS2344"
        ? oracleSchema(lines.get(folder!), Number(match[2]))
        : undefined;
    if (assert !== undefined) disagreements.push(`${folder} ${assert}`);
    else otherErrors.push(diagnostic);
  }
  return { compared, disagreements: disagreements.sort(), otherErrors };
}

function oracleLines(root: string, folder: string): string[] {
  try {
    return readFileSync(join(root, folder, ORACLE_FILE), "utf8").split("\n");
  } catch {
    return [];
  }
}

/** The schema name on a line of the oracle file, or undefined when the line is no Assert. */
function oracleSchema(lines: readonly string[] | undefined, line: number): string | undefined {
  const match = ASSERT_LINE.exec(lines?.[line - 1] ?? "");
  return match ? (JSON.parse(match[1]!) as string) : undefined;
}
