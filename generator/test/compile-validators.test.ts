// compileValidators keeps only ajv's source of our schemas (their live functions are stubs, see
// sourceOnly); the meta-schemas that check each added schema must stay live, and the printed module
// must still validate.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import Ajv2020Module from "ajv/dist/2020.js";
import type { SchemaEnv } from "ajv/dist/compile/index.js";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { EntryStubs } from "../emit/validators/compile-entry.ts";
import { compileValidators, type ValidatorDocument } from "../emit/validators/compile-validators.ts";
import { SpecError } from "../spec-error.ts";

const Ajv2020 = Ajv2020Module.default;

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

// Each entry is compiled in a fresh name scope (compile-entry.ts). A values store shared by those
// scopes kept every compiled function and ajv's code for it to the end of the run (on GitHub's spec
// about 200 MB of peak memory).
describe("EntryStubs.freshScope", () => {
  const stubs = new EntryStubs(new Ajv2020({ code: { source: true } }));
  const compiled = () => Object.assign(() => true, { source: { validateCode: "x".repeat(100) } });

  it("gives each scope its own values: what one entry compiled is not kept by the next one's scope", () => {
    const first = stubs.freshScope();
    const second = stubs.freshScope();
    const fn = compiled();
    first.value("validate", { ref: fn, key: fn });
    expect(first.get().validate).toEqual([fn]);
    expect(second.get().validate).toBeUndefined();
    expect(second.get()).not.toBe(first.get());
  });

  it("still names a stub by its entry's export name in every scope", () => {
    const ajv = new Ajv2020({ code: { source: true } });
    const own = new EntryStubs(ajv);
    ajv.addSchema({ $id: "https://x.invalid/s", $defs: { a: { type: "string" } } });
    const env = (ajv as unknown as { schemas: Record<string, SchemaEnv> }).schemas["https://x.invalid/s"]!;
    const stub = own.stub(env, "validateA");
    for (const scope of [own.freshScope(), own.freshScope()])
      expect(scope.value("validate", { ref: stub.validate, key: stub.validate }).str).toBe("validateA");
  });
});
