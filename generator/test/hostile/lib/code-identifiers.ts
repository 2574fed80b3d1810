// Spec text may only ever land in comments and string literals. Walking the syntax tree tells the
// two apart from code reliably, where a regex over the source could not: an injected statement
// shows up as an identifier, text in a comment or string never does.
import ts from "typescript";

export function identifiersIn(fileName: string, source: string): Set<string> {
  const kind = fileName.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, kind);
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}
