// Bulk validation takes its validators as an input: by default the module `generate` wrote into the
// project's "out" folder, or the one --validators names; the `object` → schema map comes from the
// validators themselves, so another API's generated module works the same way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as generated from "../../generated/validators.ts";
import type { ValidateFn } from "../../runtime/operation.ts";
import { runCli } from "../../test-support/cli.ts";
import { repoPath } from "../../test-support/repo.ts";
import { type TempFolder, tempFolder } from "../../test-support/temp-folder.ts";
import { schemaByObjectField } from "../choose-schema.ts";

/** A validators module for another API, shaped like generate's output (ajv validators behind createValidate). */
const WIDGET_VALIDATORS = `import { Ajv } from "ajv";
import { createValidate } from ${JSON.stringify(repoPath("runtime/validate-registry.ts"))};
const ajv = new Ajv({ allErrors: true });
export const schemaNames = ["widget", "gadget_list"];
export const validate = createValidate({
  widget: ajv.compile({
    type: "object",
    required: ["id", "object", "size"],
    properties: { id: { type: "string" }, object: { const: "widget" }, size: { type: "integer" } },
  }),
  gadget_list: ajv.compile({
    type: "object",
    required: ["object", "items"],
    properties: { object: { enum: ["list"] }, items: { type: "array" } },
  }),
});
`;

const ndjson = (values: unknown[]) => `${values.map((value) => JSON.stringify(value)).join("\n")}\n`;
const WIDGETS = ndjson([
  { id: "w_1", object: "widget", size: 3 },
  { id: "w_2", object: "widget", size: "large" },
  { object: "list", items: [] },
]);

let project: TempFolder;
beforeAll(() => {
  // Inside the repository, so the module's `ajv` import resolves from this checkout's node_modules.
  project = tempFolder("validators-input", { insideRepo: true });
  project.write("widgets.ndjson", WIDGETS);
  project.write("with-config/stripe-events-contract.config.json", { out: "gen" });
  project.write("with-config/gen/validators.js", WIDGET_VALIDATORS);
  project.write("config-without-module/stripe-events-contract.config.json", { out: "gen" });
  project.write("no-config/.keep", "");
});
afterAll(() => project.remove());

describe("schemaByObjectField", () => {
  const noObjectField: ValidateFn = (name) =>
    name === "anything"
      ? { valid: true }
      : {
          valid: false,
          errors: [{ pointer: "/id", schemaPath: "#/required", keyword: "required", params: {}, message: "" }],
        };

  it.each([
    {
      given: "this project's generated validators",
      validate: generated.validate,
      names: generated.schemaNames,
      want: { event: "event", list: "NotificationEventList", "v2.core.event": "v2.core.event" },
    },
    {
      given: "validators that never constrain object",
      validate: noObjectField,
      names: ["anything", "other"],
      want: {},
    },
  ])("$given → $want", ({ validate, names, want }) => {
    expect(Object.fromEntries(schemaByObjectField(validate, names))).toEqual(want);
  });
});

describe("validate --validators <module>", () => {
  it("checks another API's records, choosing the schema by their object field", async () => {
    const module = "with-config/gen/validators.js";
    const { code, stdout } = await runCli(["validate", "--validators", module, "widgets.ndjson"], {
      cwd: project.path,
    });
    expect(stdout.split("\n").slice(0, 2)).toEqual([
      `✖ widgets.ndjson:2 w_2 /size: must be integer (schema widget)`,
      expect.stringMatching(/^Checked 3 records \(ndjson, .*: 2 valid, 1 invalid, 0 unreadable\.$/),
    ]);
    expect(stdout).toContain("By schema: widget 2, gadget_list 1.");
    expect(code).toBe(1);
  });

  it("lists that module's object map and schemas in --help", async () => {
    const module = project.at("with-config/gen/validators.js");
    const { code, stdout } = await runCli(["validate", "--help", "--validators", module], { inProcess: true });
    expect(stdout).toContain(
      '"object" field → schema: widget → widget, list → gadget_list\nSchemas: widget, gadget_list',
    );
    expect(code).toBe(0);
  });

  it("this project's --help lists its own map (twin)", async () => {
    const { stdout } = await runCli(["validate", "--help"], { inProcess: true });
    expect(stdout).toContain(
      '"object" field → schema: event → event, list → NotificationEventList, v2.core.event → v2.core.event',
    );
  });

  it("a module path that does not exist is exit 1, naming it", async () => {
    const { code, stderr } = await runCli(["validate", "--validators", "missing/validators.ts", "x.ndjson"], {
      cwd: project.path,
    });
    expect(stderr).toBe(
      "Error: 1 problem:\n  missing/validators.ts: does not exist (given with --validators)\n" +
        "What to do: Pass the validators.ts or validators.js that generate wrote, or run `stripe-events-contract generate` (npm run generate) to write it.\n",
    );
    expect(code).toBe(1);
  });
});

describe("validate without --validators uses the project's generated module", () => {
  it("finds validators.js in the configured out folder", async () => {
    const { code, stdout } = await runCli(["validate", "../widgets.ndjson"], { cwd: project.at("with-config") });
    expect(stdout).toMatch(/2 valid, 1 invalid, 0 unreadable/);
    expect(code).toBe(1);
  });

  it("says to run generate when the out folder has no validators module", async () => {
    const { code, stderr } = await runCli(["validate", "../widgets.ndjson"], {
      cwd: project.at("config-without-module"),
    });
    expect(stderr).toContain("gen/validators.ts: does not exist (nor validators.js beside it)\n");
    expect(stderr).toContain("run `stripe-events-contract generate` (npm run generate) to write it");
    expect(code).toBe(1);
  });

  it("says where it looked when there is no project config", async () => {
    const { code, stderr } = await runCli(["validate", "../widgets.ndjson"], { cwd: project.at("no-config") });
    expect(stderr).toContain(`stripe-events-contract.config.json: not found in ${project.at("no-config")}`);
    expect(stderr).toContain("pass --validators <module path>");
    expect(code).toBe(1);
  });
});
