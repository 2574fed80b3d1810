// The suite's checks of the generated validators themselves, beside the cassettes they judge: each
// documented payload broken one way at a time must be rejected for the expected reason (the negative
// tables: a validator that accepts everything fails here), and every recorded v1 event must satisfy
// both v1 Event contracts. They apply where a project has the schemas and documented examples they
// start from (as `init` writes them); elsewhere they are listed as skipped, with the reason.
import type { LoadedCassette } from "./cassette.ts";
import { bothEventsViolations, JSON_SCHEMA_EVENT, OPENAPI_EVENT, recordedV1Events } from "./cross-check.ts";
import { harnessFailures, runMutationTable } from "./mutation-harness.ts";
import { applicableMutationTables } from "./negative-tables.ts";
import type { ContractProject } from "./project.ts";
import { timedCase, verdictCase } from "./run-cases.ts";
import type { SuiteCase } from "./suite-report.ts";

type Checked = Pick<ContractProject, "validate" | "schemaNames">;

/** One case per negative table: the base accepted, then every mutation rejected for its reason. */
export async function negativeCases(project: Checked, cassettes: readonly LoadedCassette[]): Promise<SuiteCase[]> {
  const { tables, inapplicable } = applicableMutationTables(cassettes, project.schemaNames);
  const run = tables.map((table) =>
    timedCase("negative", `${table.schema} rejects ${table.mutations.length} mutations`, table.baseSource, async () => {
      const failures = harnessFailures(runMutationTable(table, project.validate));
      return failures.length === 0 ? { status: "passed" } : { status: "failed", message: failures.join("\n") };
    }),
  );
  const skipped = inapplicable.map(
    ({ schema, reason }): SuiteCase => ({
      group: "negative",
      name: `${schema} rejects its mutations`,
      status: "skipped",
      message: `not applicable to this project: ${reason}`,
      seconds: 0,
    }),
  );
  return [...(await Promise.all(run)), ...skipped];
}

const BOTH_EVENTS = `recorded v1 events satisfy both ${OPENAPI_EVENT} and ${JSON_SCHEMA_EVENT}`;

/** Every v1 event in the cassettes (single events and list items) is valid under both v1 Event schemas. */
export function crossCheckCase(project: Checked, cassettes: readonly LoadedCassette[]): Promise<SuiteCase> {
  return timedCase("negative", BOTH_EVENTS, undefined, async () => {
    const missing = [OPENAPI_EVENT, JSON_SCHEMA_EVENT].filter((name) => !project.schemaNames.includes(name));
    if (missing.length > 0)
      return { status: "skipped", message: `not applicable: no generated validator named ${missing.join(", ")}` };
    const events = recordedV1Events(cassettes.filter(({ cassette }) => cassette.source.kind !== "mock"));
    if (events.length === 0) return { status: "skipped", message: "no cassette holds a v1 event" };
    return verdictCase(events.flatMap((event) => bothEventsViolations(project.validate, event)));
  });
}
