// Writes the coverage matrix for CI artifacts: `--coverage-report reports/contract` (or
// CONTRACT_COVERAGE_REPORT) produces reports/contract.json and reports/contract.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, extname } from "node:path";
import { type Coverage, coverageJson, renderCoverageMarkdown } from "./coverage.ts";

export function coverageReportPaths(target: string): { json: string; markdown: string } {
  const extension = extname(target);
  const stem = extension === ".json" || extension === ".md" ? target.slice(0, -extension.length) : target;
  return { json: `${stem}.json`, markdown: `${stem}.md` };
}

export function writeCoverageReport(coverage: Coverage, target: string): { json: string; markdown: string } {
  const paths = coverageReportPaths(target);
  mkdirSync(dirname(paths.json), { recursive: true });
  writeFileSync(paths.json, `${JSON.stringify(coverageJson(coverage), null, 2)}\n`);
  writeFileSync(paths.markdown, renderCoverageMarkdown(coverage));
  return paths;
}
