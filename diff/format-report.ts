// Renders a diff for people (text), for pull-request comments (markdown) and for tools (json).
import { type Change, SEVERITIES, type Severity, summarize } from "./change.ts";

export type ReportFormat = "text" | "markdown" | "json";

export interface ReportInput {
  readonly oldFile: string;
  readonly newFile: string;
  readonly changes: readonly Change[];
}

const TITLES: Record<Severity, string> = { breaking: "Breaking", warning: "Warnings", safe: "Safe" };

export function formatReport(input: ReportInput, format: ReportFormat): string {
  if (format === "json")
    return `${JSON.stringify({ old: input.oldFile, new: input.newFile, summary: summarize(input.changes), changes: input.changes }, null, 2)}\n`;
  return format === "markdown" ? formatMarkdown(input) : formatText(input);
}

function headline({ changes }: ReportInput): string {
  if (changes.length === 0) return "No changes.";
  const { breaking, warning, safe } = summarize(changes);
  return `${changes.length} change${changes.length === 1 ? "" : "s"}: ${breaking} breaking, ${warning} warning${warning === 1 ? "" : "s"}, ${safe} safe.`;
}

function formatText(input: ReportInput): string {
  const lines = [`Spec diff ${input.oldFile} → ${input.newFile}`, headline(input)];
  for (const severity of SEVERITIES) {
    const group = input.changes.filter((change) => change.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${TITLES[severity].toUpperCase()} (${group.length})`);
    for (const change of group) {
      lines.push(
        `  ${change.rule}: ${change.reason}`,
        `    at  ${change.location}`,
        ...(change.alsoAt ?? []).map((location) => `    and ${location}`),
        `    old #${change.oldPointer}`,
        `    new #${change.newPointer}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Table cells may not contain raw pipes or newlines. */
function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function formatMarkdown(input: ReportInput): string {
  const lines = [
    `### Spec diff: \`${cell(input.oldFile)}\` → \`${cell(input.newFile)}\``,
    "",
    `**${headline(input)}**`,
  ];
  for (const severity of SEVERITIES) {
    const group = input.changes.filter((change) => change.severity === severity);
    if (group.length === 0) continue;
    lines.push(
      "",
      `#### ${TITLES[severity]} (${group.length})`,
      "",
      "| Rule | Reason | Where | Old | New |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const change of group) {
      lines.push(
        `| \`${change.rule}\` | ${cell(change.reason)} | ${[change.location, ...(change.alsoAt ?? [])].map(cell).join("<br>")} | \`#${cell(change.oldPointer)}\` | \`#${cell(change.newPointer)}\` |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
