// compileValidators keeps only ajv's source of our schemas (their live functions are stubs, see
// sourceOnly); the meta-schemas that check each added schema must stay live, and the printed module
// must still validate.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { compileValidators, type ValidatorDocument } from "../emit/validators/compile-validators.ts";
import { SpecError } from "../spec-error.ts";

const folder = tempFolder("compile-validators", { insideRepo: true });
afterAll(() => folder.remove());

function documentWith(schema: unknown, rootKeywords: Record<string, unknown> = {}): ValidatorDocument {
  const id = "https://stripe-events-contract.invalid/schemas/t";
  return {
    id,
    file: "t.json",
    document: { $id: id, ...rootKeywords, components: { schemas: { thing: schema } } },
    entries: new Map([["thing", "/components/schemas/thing"]]),
  };
}

describe("compileValidators", () => {
  it.each([
    {
      name: "a document the meta-schema rejects (checked by a live meta-schema validator)",
      given: documentWith({ minProperties: 2 }, { type: "nonsense" }),
      want: "its schemas cannot be compiled: schema is invalid: data/type must be equal to one of the allowed values",
    },
    {
      name: "a keyword value ajv cannot generate code for",
      given: documentWith({ minProperties: "two" }),
      want: 'schemas cannot be compiled to validators: minProperties value must be ["number"]',
    },
  ])("refuses $name, naming the file", ({ given, want }) => {
    const error = (() => {
      try {
        compileValidators([given], "./formats.ts");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).problems[0]).toMatchObject({ file: "t.json" });
    expect((error as SpecError).problems[0]!.message).toContain(want);
  });

  it("prints a module that validates (a valid schema, and a value of each verdict)", async () => {
    const compiled = compileValidators(
      [documentWith({ type: "object", minProperties: 2 })],
      pathToFileURL(`${REPO_ROOT}/runtime/formats.ts`).href,
    );
    const file = folder.write("thing.mjs", "");
    writeFileSync(file, compiled.code);
    const module = await import(pathToFileURL(file).href);
    const validate = module[compiled.exportNames.get("thing")!];
    expect(validate({ a: 1, b: 2 })).toBe(true);
    expect(validate({ a: 1 })).toBe(false);
    expect(validate.errors[0]).toMatchObject({ keyword: "minProperties", instancePath: "" });
  });
});
