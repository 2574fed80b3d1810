// Finds code that could run strings or load arbitrary modules: eval, Function constructors,
// require(), dynamic import(), and static imports outside an allow-list. It reads the syntax tree,
// so spec text quoted in comments or string literals (which may say "eval(") is not a finding.
import ts from "typescript";

export interface ImportPolicy {
  /** Exact module specifiers that may be imported (the runtime, its formats, ajv's helpers). */
  readonly allowed: ReadonlySet<string>;
  /** Relative specifiers are allowed when this says the target is one of the generated files. */
  readonly isGeneratedFile: (relativeSpecifier: string) => boolean;
}

export function findUnsafeCode(fileName: string, source: string, policy: ImportPolicy): string[] {
  const kind = fileName.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const findings: string[] = [];
  const report = (node: ts.Node, what: string) =>
    findings.push(`${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  const checkSpecifier = (node: ts.Node, specifier: string) => {
    const allowed = policy.allowed.has(specifier) || (specifier.startsWith(".") && policy.isGeneratedFile(specifier));
    if (!allowed) report(node, `imports ${JSON.stringify(specifier)}, which is not on the allow-list`);
  };
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      checkSpecifier(node, node.moduleSpecifier.text);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) report(node, "dynamic import()");
      if (ts.isIdentifier(callee) && callee.text === "eval") report(node, "eval()");
      if (ts.isIdentifier(callee) && callee.text === "Function") report(node, "Function()");
      if (ts.isIdentifier(callee) && callee.text === "require") {
        const [argument] = node.arguments;
        if (argument && ts.isStringLiteral(argument)) checkSpecifier(node, argument.text);
        else report(node, "require() of a computed name");
      }
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Function")
      report(node, "new Function()");
    if (ts.isIdentifier(node) && node.text === "eval" && !ts.isCallExpression(node.parent))
      report(node, "a reference to eval");
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}
