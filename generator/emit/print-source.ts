// One ts-morph Project per run, with formatting fixed up front; each file is created from its
// structure and printed once (no node manipulation, which would re-parse the file every time).
import { IndentationText, NewLineKind, Project, QuoteKind, type StatementStructures } from "ts-morph";

export interface SourcePrinter {
  print(fileName: string, header: string, statements: (StatementStructures | string)[]): string;
}

// ts-morph prints a multi-line `type` with a hanging indent: every line after the first gets one
// extra level, which misaligns nested object types. Multi-line type text is passed through
// `multiLineType`, which marks each continuation line; the mark and the hanging indent before it are
// removed after printing. The mark is a control character that escapeCommentText strips from spec
// text and JSON.stringify escapes in literals, so it cannot come from a spec.
const CONTINUATION_MARK = "\u0001";

export function multiLineType(type: string): string {
  return type.includes("\n") ? type.replaceAll("\n", `\n${CONTINUATION_MARK}`) : type;
}

export function createSourcePrinter(): SourcePrinter {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
    },
  });
  return {
    print(fileName, header, statements) {
      const file = project.createSourceFile(fileName, { statements: [header, ...statements] }, { overwrite: true });
      const text = file.getFullText();
      project.removeSourceFile(file);
      return text.replaceAll(`  ${CONTINUATION_MARK}`, "").replaceAll(CONTINUATION_MARK, "");
    },
  };
}
