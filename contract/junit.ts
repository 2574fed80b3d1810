// The suite report as JUnit XML, the format CI systems read (GitHub test reporters, GitLab, Jenkins):
// one <testsuite> per group (recorded, negative, live, coverage), one <testcase> per case, a failure carrying
// the formatted violations and a skip carrying its reason.
import { type CaseGroup, countCases, type SuiteCase, type SuiteReport } from "./suite-report.ts";

const GROUPS: readonly CaseGroup[] = ["recorded", "negative", "live", "coverage"];

export function renderJunit(report: SuiteReport): string {
  const total = countCases(report.cases);
  const suites = GROUPS.map((group) => report.cases.filter((entry) => entry.group === group))
    .filter((cases) => cases.length > 0)
    .map((cases) => suite(cases[0]!.group, cases));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="stripe-events-contract" tests="${report.cases.length}" failures="${total.failed}" skipped="${total.skipped}" time="${seconds(report.seconds)}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}

function suite(group: CaseGroup, cases: readonly SuiteCase[]): string {
  const { failed, skipped } = countCases(cases);
  const time = cases.reduce((sum, entry) => sum + entry.seconds, 0);
  return [
    `  <testsuite name="${group}" tests="${cases.length}" failures="${failed}" skipped="${skipped}" time="${seconds(time)}">`,
    ...cases.map(testcase),
    "  </testsuite>",
  ].join("\n");
}

function testcase(entry: SuiteCase): string {
  const file = entry.file === undefined ? "" : ` file="${xml(entry.file)}"`;
  const open = `    <testcase classname="contract.${entry.group}" name="${xml(entry.name)}"${file} time="${seconds(entry.seconds)}"`;
  const message = entry.message ?? "";
  if (entry.status === "passed") return `${open}/>`;
  if (entry.status === "skipped") return `${open}>\n      <skipped message="${xml(message)}"/>\n    </testcase>`;
  const headline = message.split("\n")[0] ?? "";
  return `${open}>\n      <failure message="${xml(headline)}">${xml(message)}</failure>\n    </testcase>`;
}

function seconds(value: number): string {
  return value.toFixed(3);
}

/** Text as XML character data or attribute value; characters XML 1.0 cannot hold become U+FFFD. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}
