// The validators' ajv does not check added schemas itself (validateSchema: false); addDocuments
// asks the precompiled meta-schema check (meta-schema-check.ts), which must be what
// `npm run generate:checks` writes now and must accept and refuse exactly as ajv's own check does,
// with ajv's own message.
import { readFileSync } from "node:fs";
import Ajv2020Module from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { repoPath } from "../../test-support/repo.ts";
import { checkAgainstMetaSchema } from "../emit/validators/meta-schema-check.ts";
import { compiledMetaCheckModule } from "../emit/validators/meta-schema-compile.ts";
import { validatorAjv } from "../emit/validators/validator-ajv.ts";

const Ajv2020 = Ajv2020Module.default;

/** ajv's own check, on an instance that does it (the validators' options, validateSchema on). */
function ajvsOwnVerdict(document: Record<string, unknown>): string | undefined {
  const ajv = new Ajv2020({ strict: false, logger: false, allErrors: true, inlineRefs: false });
  try {
    ajv.addSchema(document, "https://stripe-events-contract.invalid/t");
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** What addDocuments does: the document added by the validators' ajv, then checked. */
function ourVerdict(document: Record<string, unknown>): string | undefined {
  try {
    const ajv = validatorAjv({});
    ajv.addSchema(document, "https://stripe-events-contract.invalid/t");
    checkAgainstMetaSchema(ajv, document);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const CASES: { name: string; given: Record<string, unknown>; want: string | undefined }[] = [
  {
    name: "a document of components only",
    given: { components: { schemas: { a: { type: "string" } } } },
    want: undefined,
  },
  {
    name: "a valid root with $defs",
    given: { $defs: { a: { type: ["string", "null"], minLength: 1 } } },
    want: undefined,
  },
  {
    name: "a root type that is no type",
    given: { type: "nonsense" },
    want: "schema is invalid: data/type must be equal to one of the allowed values, data/type must be array, data/type must match a schema in anyOf",
  },
  {
    name: "a nested $defs schema with a negative minLength",
    given: { $defs: { a: { minLength: -1 } } },
    want: "schema is invalid: data/$defs/a/minLength must be >= 0",
  },
  {
    // ajv reports the properties error once per vocabulary of the meta-schema that reaches it.
    name: "properties that are not schemas, beside a required that is no array",
    given: { properties: { a: 3 }, required: "a" },
    want: `schema is invalid: ${Array(8).fill("data/properties/a must be object,boolean").join(", ")}, data/required must be array`,
  },
  {
    name: "an $id that is not a string (refused by ajv before the check)",
    given: { $id: 5 },
    want: "schema $id must be string",
  },
  {
    name: "an $anchor that is no name (refused by ajv's walk for ids, before the check)",
    given: { $defs: { a: { $anchor: "1a" } } },
    want: 'invalid anchor "1a"',
  },
  {
    name: "a pattern that is no string, deep in $defs",
    given: { $defs: { a: { items: { pattern: 5 } } } },
    want: "schema is invalid: data/$defs/a/items/pattern must be string",
  },
  {
    name: "a document naming the 2020-12 meta-schema (ajv checks it)",
    given: { $schema: "https://json-schema.org/draft/2020-12/schema", minProperties: "two" },
    want: "schema is invalid: data/minProperties must be integer",
  },
  {
    name: "a document naming a meta-schema ajv does not have",
    given: { $schema: "https://example.invalid/meta" },
    want: 'no schema with key or ref "https://example.invalid/meta"',
  },
];

describe("checkAgainstMetaSchema", () => {
  it("the committed module and its .d.ts are what `npm run generate:checks` writes now", () => {
    const { file, js, dts } = compiledMetaCheckModule();
    const stale = `generator/emit/validators/${file} is stale: run \`npm run generate:checks\` and commit the result`;
    expect(readFileSync(repoPath("generator/emit/validators", file), "utf8") === js, stale).toBe(true);
    expect(
      readFileSync(repoPath("generator/emit/validators", file.replace(/\.js$/, ".d.ts")), "utf8") === dts,
      stale,
    ).toBe(true);
  });

  it.each(CASES)("$name: $want", ({ given, want }) => {
    expect(ourVerdict(given)).toBe(want);
    expect(ajvsOwnVerdict(given)).toBe(want);
  });

  it("the validators' ajv does not check added schemas itself", () => {
    const ajv = validatorAjv({});
    expect(() => ajv.addSchema({ type: "nonsense" }, "https://stripe-events-contract.invalid/u")).not.toThrow();
    expect(ajv.opts.validateSchema).toBe(false);
  });
});
