// The suite's checks of the validators themselves, with the generated validators (they pass) and
// with broken ones (each check fails, for its reason), and in projects they do not apply to.
import { describe, expect, it } from "vitest";
import { validate as generatedValidate, schemaNames } from "../../generated/validators.ts";
import type { ValidateFn } from "../../runtime/operation.ts";
import { repoCassettes } from "../../test-support/recordings.ts";
import { crossCheckCase, negativeCases } from "../validator-checks.ts";

const cassettes = repoCassettes();
const generated = { validate: generatedValidate as ValidateFn, schemaNames };
const acceptAll: ValidateFn = () => ({ valid: true });
const rejectJsonSchemaEvent: ValidateFn = (name, data) =>
  name === "stripe-event.json"
    ? { valid: false, errors: [{ pointer: "/id", schemaPath: "#/id", keyword: "pattern", params: {}, message: "x" }] }
    : generatedValidate(name as never, data);

describe("negativeCases", () => {
  it("passes one case per table with the generated validators", async () => {
    const cases = await negativeCases(generated, cassettes);
    expect(cases.map((entry) => [entry.name, entry.status])).toContainEqual(["event rejects 8 mutations", "passed"]);
    expect(cases.filter((entry) => entry.status === "passed")).toHaveLength(9);
    expect(cases.every((entry) => entry.group === "negative")).toBe(true);
  });

  it("fails every table when the validator accepts everything, naming each mutation", async () => {
    const cases = await negativeCases({ ...generated, validate: acceptAll }, cassettes);
    expect(cases.map((entry) => entry.status)).toEqual(Array(9).fill("failed"));
    expect(cases.find((entry) => entry.name.startsWith("event "))?.message).toContain(
      "event: wrong type: livemode is a string: accepted; expected a rejection for type at /livemode",
    );
  });

  it("skips, with the reason, the tables a project has no schema or no documented example for", async () => {
    const withoutExamples = cassettes.filter(({ file }) => !file.endsWith("/v2-events-list-200.json"));
    const cases = await negativeCases({ ...generated, schemaNames: ["event"] }, withoutExamples);
    expect(cases.filter((entry) => entry.status === "passed").map((entry) => entry.name)).toEqual([
      "event rejects 8 mutations",
    ]);
    expect(cases.find((entry) => entry.name.startsWith("v2.core.event_list"))).toMatchObject({
      status: "skipped",
      message: "not applicable to this project: no generated validator of that name",
    });
    const listMissing = await negativeCases(generated, withoutExamples);
    expect(listMissing.find((entry) => entry.name.startsWith("v2.core.event_list"))?.message).toBe(
      "not applicable to this project: no documented-example cassette v2-events-list-200.json",
    );
  });
});

describe("crossCheckCase", () => {
  it("passes when every recorded v1 event satisfies both v1 Event schemas", async () => {
    expect(await crossCheckCase(generated, cassettes)).toMatchObject({ group: "negative", status: "passed" });
  });

  it("fails naming the schema and the cassette when one schema rejects a recorded event", async () => {
    const entry = await crossCheckCase({ ...generated, validate: rejectJsonSchemaEvent }, cassettes);
    expect(entry.status).toBe("failed");
    expect(entry.message).toContain("stripe-event.json");
    expect(entry.message).toContain("contract-tests/recordings/v1-event-retrieve-200.json");
  });

  it("is skipped without both schemas, or without a v1 event", async () => {
    const noJsonSchema = await crossCheckCase({ ...generated, schemaNames: ["event"] }, cassettes);
    expect(noJsonSchema).toMatchObject({
      status: "skipped",
      message: "not applicable: no generated validator named stripe-event.json",
    });
    const v2Only = cassettes.filter(({ file }) => file.includes("/v2-"));
    expect(await crossCheckCase(generated, v2Only)).toMatchObject({
      status: "skipped",
      message: "no cassette holds a v1 event",
    });
  });
});
