// The run's warnings come without lines from the resolve stage and the formats check; runWarnings
// locates them together, one pass of each spec's text, and orders the constructs by line.
import { describe, expect, it } from "vitest";
import { runWarnings } from "../emit/run-warnings.ts";
import type { Locator, Position } from "../load/locate-pointer.ts";
import type { ApiModel, SpecModel } from "../model/api-model.ts";

/** A locator of made-up lines (pointer → position) that counts its passes. */
function locator(lines: Record<string, Position>) {
  const passes: string[][] = [];
  const locate = Object.assign((pointer: string) => lines[pointer] ?? {}, {
    all: (pointers: readonly string[]) => {
      passes.push([...pointers]);
      return pointers.map((pointer) => lines[pointer] ?? {});
    },
  }) as Locator;
  return { locate, passes };
}

function model(specs: SpecModel[], warnings: ApiModel["warnings"]): ApiModel {
  return { specs, warnings, schemas: [], operations: [], webhooks: [] } as unknown as ApiModel;
}

const spec = (file: string, locate: Locator, formats: [string, string][]): SpecModel =>
  ({
    file,
    version: "3.0",
    locate,
    formatUses: new Map(formats.map(([name, first]) => [name, { count: 1, first }])),
  }) as unknown as SpecModel;

describe("runWarnings", () => {
  it("locates the constructs and the unknown formats of a spec in one pass, constructs by line", () => {
    const a = locator({ "/late": { line: 9, column: 3 }, "/early": { line: 2, column: 5 }, "/f": { line: 4 } });
    const warnings = [
      { file: "a.json", pointer: "/late", message: "late" },
      { file: "a.json", pointer: "/early", message: "early" },
    ];
    const groups = runWarnings(
      model(
        [
          spec("a.json", a.locate, [
            ["koala", "/f"],
            ["date", "/d"],
          ]),
        ],
        warnings,
      ),
      {},
    );
    expect(a.passes).toEqual([["/late", "/early", "/f"]]);
    expect(groups.map((group) => group.problems.map((problem) => [problem.message, problem.line]))).toEqual([
      [
        ["early", 2],
        ["late", 9],
      ],
      [['format "koala" (1 use)', 4]],
    ]);
  });

  it("each spec's problems in its own text; a group with nothing to say is left out", () => {
    const a = locator({ "/x": { line: 1 } });
    const b = locator({ "/x": { line: 7 } });
    const warnings = [{ file: "b.json", pointer: "/x", message: "in b" }];
    const groups = runWarnings(model([spec("a.json", a.locate, []), spec("b.json", b.locate, [])], warnings), {});
    expect(groups).toHaveLength(1);
    expect(groups[0]?.problems).toEqual([{ file: "b.json", pointer: "/x", message: "in b", line: 7 }]);
    expect(a.passes).toEqual([[]]);
    expect(b.passes).toEqual([["/x"]]);
  });

  it("an ignored format and one given a pattern are not warned about", () => {
    const a = locator({});
    const specs = [
      spec("a.json", a.locate, [
        ["koala", "/k"],
        ["emu", "/e"],
        ["uuid", "/u"],
      ]),
    ];
    const groups = runWarnings(model(specs, []), { ignoreFormats: ["koala"], formats: { emu: "^e$" } });
    expect(groups).toEqual([]);
  });
});
