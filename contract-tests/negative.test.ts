// Negative cases: every schema the suite validates must reject each mutation of a documented
// payload for the expected reason. The harness itself is tested with validators that accept
// everything or reject for the wrong reason, so a broken validator cannot pass silently.
import { describe, expect, it } from "vitest";
import { checkBase, harnessFailures, runMutation, runMutationTable } from "../contract/mutation-harness.ts";
import { mutationTables } from "../contract/negative-tables.ts";
import { validate as typedValidate } from "../generated/validators.ts";
import type { ValidateFn } from "../runtime/operation.ts";
import { repoCassettes } from "../test-support/recordings.ts";

const validate: ValidateFn = typedValidate;
const tables = mutationTables(repoCassettes());
const mutationCases = tables.flatMap((table) =>
  table.mutations.map((mutation) => ({ title: `${table.schema}: ${mutation.name}`, table, mutation })),
);

describe("negative cases against the generated validators", () => {
  it.each(tables.map((table) => ({ schema: table.schema, table })))(
    "$schema accepts its unmutated base document",
    ({ table }) => {
      expect(checkBase(table, validate).problem).toBeUndefined();
    },
  );

  // A loop rather than it.each: vitest shortens interpolated titles, and these must stay readable.
  for (const { title, table, mutation } of mutationCases) {
    it(`${title} is rejected for the expected reason`, () => {
      expect(runMutation(table, mutation, validate).problem).toBeUndefined();
    });
  }

  it("cover every schema the contract validates, each with the required kinds of mutation", () => {
    expect(tables.map((table) => table.schema).sort()).toEqual(
      [
        "NotificationEventList",
        "error",
        "event",
        "stripe-event.json",
        "v2.core.event",
        "v2.core.event_list",
        "v2.core.event_notification",
        "v2.core.event_destination.ping.notification",
        "v2.error",
      ].sort(),
    );
    for (const table of tables) {
      const keywords = new Set(table.mutations.map((mutation) => mutation.expect.keyword));
      expect(
        keywords.has("type") && keywords.has("required"),
        `${table.schema} needs wrong-type and missing-required mutations`,
      ).toBe(true);
    }
  });
});

describe("the negative-case harness", () => {
  const acceptAll: ValidateFn = () => ({ valid: true });
  const rejectForUnrelatedReason: ValidateFn = () => ({
    valid: false,
    errors: [
      { pointer: "/unrelated", schemaPath: "#/unrelated", keyword: "type", params: {}, message: "must be unrelated" },
    ],
  });

  it.each(tables.map((table) => ({ schema: table.schema, table })))(
    "fails $schema when the validator accepts everything",
    ({ table }) => {
      const failures = harnessFailures(runMutationTable(table, acceptAll));
      expect(failures).toHaveLength(table.mutations.length);
      expect(failures[0]).toContain("accepted; expected a rejection");
    },
  );

  // ajv's own convention puts a missing property's error on the parent; the runtime rewrites it to
  // the property itself, and only that convention may pass.
  const requiredAtParent: ValidateFn = (name, data) => {
    const result = validate(name, data);
    if (result.valid) return result;
    const atParent = (pointer: string) => pointer.slice(0, pointer.lastIndexOf("/"));
    return {
      valid: false,
      errors: result.errors.map((e) => (e.keyword === "required" ? { ...e, pointer: atParent(e.pointer) } : e)),
    };
  };

  it.each(tables.map((table) => ({ schema: table.schema, table })))(
    "fails $schema's missing-property cases when required is reported at the parent",
    ({ table }) => {
      const failures = harnessFailures(runMutationTable(table, requiredAtParent));
      const removals = table.mutations.filter((mutation) => mutation.expect.keyword === "required");
      expect(removals.length).toBeGreaterThan(0);
      expect(failures).toEqual(
        removals.map((mutation) =>
          expect.stringContaining(
            `${mutation.name}: rejected for the wrong reason; expected required at ${mutation.expect.pointer}`,
          ),
        ),
      );
    },
  );

  it.each(tables.map((table) => ({ schema: table.schema, table })))(
    "fails $schema when the validator rejects for the wrong reason",
    ({ table }) => {
      const failures = harnessFailures(runMutationTable(table, rejectForUnrelatedReason));
      // Every mutation fails for the wrong reason, and the unmutated base is reported as rejected too.
      expect(failures).toHaveLength(table.mutations.length + 1);
      expect(failures.filter((line) => line.includes("rejected for the wrong reason"))).toHaveLength(
        table.mutations.length,
      );
    },
  );
});
