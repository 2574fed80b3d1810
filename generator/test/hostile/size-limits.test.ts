// Big but legal specs must generate within a budget. The budget is the CLI's own --timeout (a
// worker with a heap cap), not a timing assertion, so a slow CI machine cannot make this flaky
// while a runaway (exponential) generator still fails it. The specs are built here, not committed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasStackFrames, runCli } from "../../../test-support/cli.ts";
import { specWithSchemas } from "../../../test-support/specs.ts";
import { type TempFolder, tempFolder } from "../../../test-support/temp-folder.ts";
import { readGeneratedSources } from "./lib/generated-files.ts";

const BUDGET_SECONDS = "90";

function nestedSchema(levels: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: "string", description: "the bottom" };
  for (let level = levels; level > 0; level--)
    schema = { type: "object", required: ["child"], properties: { child: schema } };
  return schema;
}

function wideSchema(properties: number): Record<string, unknown> {
  return {
    type: "object",
    properties: Object.fromEntries(
      Array.from({ length: properties }, (_, index) => [`field_${index}`, { type: "integer" }]),
    ),
  };
}

function bigEnum(members: number): Record<string, unknown> {
  return { type: "string", enum: Array.from({ length: members }, (_, index) => `member_${index}`) };
}

const cases = [
  {
    given: "a 50-level nested schema",
    schemas: { deep: nestedSchema(50) },
    wantInTypes: "child: string;",
    wantValidator: "deep",
    wantExport: "validateDeep",
  },
  {
    given: "a schema with 10,000 properties",
    schemas: { wide: wideSchema(10_000) },
    wantInTypes: "field_9999?: number;",
    wantValidator: "wide",
    wantExport: "validateWide",
  },
  {
    given: "a 5,000-member enum",
    schemas: { many: bigEnum(5_000) },
    wantInTypes: '"member_0" | "member_1"',
    wantValidator: "many",
    wantExport: "validateMany",
  },
];

let dir: TempFolder;
beforeAll(() => {
  dir = tempFolder("hostile-size", { insideRepo: true });
});
afterAll(() => dir.remove());

describe("big specs generate within the --timeout budget", () => {
  it.each(cases)(
    "$given",
    async ({ given, schemas, wantInTypes, wantValidator, wantExport }) => {
      const name = given.replace(/\W+/g, "-");
      const spec = dir.write(`${name}.json`, specWithSchemas(schemas));
      const out = dir.at(`${name}-out`);
      const run = await runCli(["generate", "--spec", spec, "--out", out, "--timeout", BUDGET_SECONDS]);
      expect(run.code, run.stderr).toBe(0);
      expect(hasStackFrames(run.stderr)).toBe(false);
      const sources = readGeneratedSources(out);
      expect(sources.get("types.ts")).toContain(wantInTypes);
      expect(sources.get("validators.compiled.js")).toContain(`${JSON.stringify(wantValidator)}: ${wantExport},`);
    },
    120_000,
  );
});

describe("a budget that runs out", () => {
  it("ends with a clear error, no stack trace, and no output folder", async () => {
    const spec = dir.write("budget.json", specWithSchemas({ wide: wideSchema(10_000) }));
    const out = dir.at("budget-out");
    const run = await runCli(["generate", "--spec", spec, "--out", out, "--timeout", "0.001"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("generation did not finish within 0.001 s; the output folder was left as it was");
    expect(hasStackFrames(run.stderr)).toBe(false);
    expect(readGeneratedSources(out).size).toBe(0);
  });
});
