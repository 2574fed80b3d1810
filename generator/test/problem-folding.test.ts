// Exact locations and true counts: the OpenAPI schema check reports a broken component once per
// $ref that reaches it and once per `oneOf` above it; we want each mistake once, at the line of the
// schema that has it, with the rest folded under it and counted, and a cut list that says so.
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { type CheckError, definitionPointer, foldCheckErrors } from "../resolve/fold-problems.ts";
import { formatProblemList, type SpecProblem } from "../spec-error.ts";

const document = {
  paths: {
    "/a": {
      get: {
        responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        properties: {
          other: { $ref: "#/components/schemas/Other" },
          list: { items: { $ref: "#/components/schemas/Alias" } },
        },
      },
      Alias: { $ref: "#/components/schemas/Other" },
      Other: { type: "strin" },
    },
  },
};
const USE = "/paths/~1a/get/responses/200/content/application~1json/schema";

describe("definitionPointer: where a path of the dereferenced document is defined", () => {
  it.each([
    ["a path without $refs stays", "/components/schemas/Other/type", "/components/schemas/Other/type"],
    ["through the use site's $ref", `${USE}/properties/other`, "/components/schemas/Other"],
    ["through two $refs", `${USE}/properties/other/type`, "/components/schemas/Other/type"],
    ["through a chain of $refs", `${USE}/properties/list/items/type`, "/components/schemas/Other/type"],
    [
      "a $ref keyword stays at its $ref",
      `${USE}/properties/other/$ref`,
      "/components/schemas/Thing/properties/other/$ref",
    ],
    ["a path that leaves the document stays as given", `${USE}/properties/missing`, `${USE}/properties/missing`],
    ["a malformed pointer stays as given", "no-slash", "no-slash"],
  ])("%s", (_name, pointer, want) => {
    expect(definitionPointer(document, pointer)).toBe(want);
  });
});

const knockOns = (at: string): CheckError[] => [
  {
    instancePath: at,
    keyword: "required",
    params: { missingProperty: "$ref" },
    message: "must have required property '$ref'",
  },
  { instancePath: at, keyword: "oneOf", message: "must match exactly one schema in oneOf" },
];
const enumError = (at: string): CheckError => ({
  instancePath: `${at}/type`,
  keyword: "enum",
  message: "must be equal to one of the allowed values",
});

describe("foldCheckErrors: one problem per mistake, the rest counted under it", () => {
  const toProblem = (pointer: string, message: string): SpecProblem => ({ file: "spec.yml", pointer, message });
  const fold = (errors: CheckError[]) =>
    foldCheckErrors(document, errors, toProblem).map((problem) => ({
      at: problem.pointer,
      message: problem.message,
      knockOns: (problem.knockOns ?? []).map((knockOn) => `${knockOn.pointer} ${knockOn.message}`),
    }));

  it("folds the oneOf failures above a mistake, and the same mistake met through another $ref", () => {
    const errors = [
      enumError(`${USE}/properties/other`),
      ...knockOns(`${USE}/properties/other`),
      ...knockOns(USE),
      enumError("/components/schemas/Other"),
      ...knockOns("/components/schemas/Other"),
    ];
    expect(fold(errors)).toEqual([
      {
        at: "/components/schemas/Other/type",
        message: "must be equal to one of the allowed values",
        knockOns: [
          `/components/schemas/Other must have required property '$ref' (met at #${USE}/properties/other)`,
          `/components/schemas/Other must match exactly one schema in oneOf (met at #${USE}/properties/other)`,
          `/components/schemas/Thing must have required property '$ref' (met at #${USE})`,
          `/components/schemas/Thing must match exactly one schema in oneOf (met at #${USE})`,
          "/components/schemas/Other/type must be equal to one of the allowed values",
          "/components/schemas/Other must have required property '$ref'",
          "/components/schemas/Other must match exactly one schema in oneOf",
        ],
      },
    ]);
  });

  it("keeps two mistakes apart, and a oneOf failure with nothing below it is a mistake itself", () => {
    const errors: CheckError[] = [
      enumError("/components/schemas/Other"),
      {
        instancePath: "/info",
        keyword: "required",
        params: { missingProperty: "version" },
        message: "must have required property 'version'",
      },
      {
        instancePath: "/components/schemas/Thing",
        keyword: "oneOf",
        message: "must match exactly one schema in oneOf",
      },
    ];
    expect(fold(errors).map(({ at, knockOns }) => [at, knockOns.length])).toEqual([
      ["/components/schemas/Other/type", 0],
      ["/info", 0],
      ["/components/schemas/Thing", 0],
    ]);
  });
});

describe("formatProblemList: knock-ons counted, a cut list says so, --all shows every one", () => {
  const problems: SpecProblem[] = Array.from({ length: 30 }, (_, index) => ({
    file: "spec.yml",
    line: index + 1,
    message: `problem ${index + 1}`,
    knockOns: index === 0 ? [{ file: "spec.yml", line: 99, message: "caused" }] : undefined,
  }));

  it("shows 25 of 30, with the count of what follows from the first", () => {
    const lines = formatProblemList(problems, {}).split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "  spec.yml:1: problem 1",
      "    and 1 more caused by this",
      "  spec.yml:2: problem 2",
    ]);
    expect(lines).toHaveLength(27);
    expect(lines.at(-1)).toBe("  25 of 30 shown; --all shows every one.");
  });

  it("with --all, every problem and each knock-on", () => {
    const lines = formatProblemList(problems, { all: true }).split("\n");
    expect(lines).toHaveLength(31);
    expect(lines[1]).toBe("    caused by this: spec.yml:99: caused");
    expect(lines.at(-1)).toBe("  spec.yml:30: problem 30");
  });

  it("a list that fits is not cut", () => {
    expect(formatProblemList(problems.slice(1, 3), {})).toBe("  spec.yml:2: problem 2\n  spec.yml:3: problem 3");
  });
});

describe("generate: a broken component used twice is one problem at its own line", () => {
  const work = tempFolder("problem-folding");
  afterAll(() => work.remove());
  const spec = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a: {get: {responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}}}
  /b: {get: {responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}}}}}
components:
  schemas:
    Thing:
      type: object
      properties:
        count:
          type: integer
          minimum: abc
        other:
          $ref: '#/components/schemas/Other'
    Other:
      type: strin
`;

  it("prints each mistake once with the count of what follows, and --all lists them", async () => {
    const file = work.write("spec.yaml", spec);
    const result = await runCli(["generate", "--spec", file, "--out", work.at("out")], { cwd: work.path });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        "Error: 2 problems (and 31 more caused by them):",
        "  spec.yaml:13:20 (at #/components/schemas/Thing/properties/count/minimum): must be number",
        "    and 20 more caused by this",
        "  spec.yaml:17:13 (at #/components/schemas/Other/type): must be equal to one of the allowed values (allowed: array, boolean, integer, number, object, string)",
        "    and 11 more caused by this",
        "What to do: Fix the spec so it matches the OpenAPI schema at each location.",
        "",
      ].join("\n"),
    );
    const all = await runCli(["generate", "--spec", file, "--out", work.at("out"), "--all"], { cwd: work.path });
    expect(all.stderr.split("\n").filter((line) => line.startsWith("    caused by this: "))).toHaveLength(31);
  });
});
