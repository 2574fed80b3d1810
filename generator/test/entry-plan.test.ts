// The plan of a validator document's entries, made without ajv's addSchema, must name the functions
// ajv would (an entry that is only a $ref shares its target's), and give up where its mirror of
// ajv's resolution would not hold; partialDocuments keeps what compiling some entries reads.
import Ajv2020Module from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { ValidatorDocument } from "../emit/validators/compile-validators.ts";
import { type EntryRef, fragmentOf, partialDocuments, planEntries } from "../emit/validators/entry-plan.ts";
import { localUrlResolver } from "../emit/validators/local-urls.ts";

const ajv = new Ajv2020Module.default({ strict: false });
const resolveUrl = localUrlResolver(ajv.opts.uriResolver);
const ID = "https://stripe-events-contract.invalid/schemas/spec";
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function refsOf(schemas: Record<string, unknown>, extra: Record<string, unknown> = {}): EntryRef[] {
  const document: ValidatorDocument = {
    id: ID,
    file: "spec.json",
    document: { $id: ID, components: { schemas }, ...extra },
    entries: new Map(Object.keys(schemas).map((name) => [name, `/components/schemas/${name}`])),
  };
  return [...document.entries].map(([name, pointer]) => ({
    exportName: `validate_${name}`,
    url: resolveUrl(ID, fragmentOf(pointer)),
    pointer,
    document,
  }));
}

describe("planEntries", () => {
  it("gives an entry that is only a $ref its target's function, and one with a rule beside it its own", () => {
    const plan = planEntries(
      refsOf({
        alias: ref("tag"),
        tag: { type: "string" },
        bounded: { $ref: "#/components/schemas/tag", minLength: 1 },
      }),
      ajv.RULES,
    );
    expect(plan?.units.map((unit) => unit.ref.exportName)).toEqual(["validate_alias", "validate_bounded"]);
    expect([...(plan?.aliases ?? [])]).toEqual([["validate_tag", "validate_alias"]]);
    expect(plan?.exportOfUrl.get(`${ID}#/components/schemas/tag`)).toBe("validate_alias");
  });

  it.each([
    { given: "a chain of $refs that loops", schemas: { a: ref("b"), b: ref("a") } },
    {
      given: "an $id on the way to an entry",
      schemas: { a: { $ref: "#/components/schemas/b/properties/x" }, b: { $id: "b.json", properties: { x: {} } } },
    },
    { given: "a $ref with a %-escape", schemas: { a: { $ref: "#/components/schemas/%62" }, b: {} } },
    { given: "a $ref to nothing", schemas: { a: ref("missing") } },
  ])("gives up on $given (ajv resolves it alone)", ({ schemas }) => {
    expect(planEntries(refsOf(schemas), ajv.RULES)).toBeUndefined();
  });
});

describe("partialDocuments", () => {
  it("keeps the entry, what its $refs that are no entry read, and the document's $id; an entry it calls stays out", () => {
    const schemas = {
      owner: { properties: { tag: ref("tag"), kind: { $ref: "#/components/schemas/kinds/properties/k" } } },
      tag: { type: "string" },
      kinds: { properties: { k: { enum: ["a"] } } },
      other: { type: "integer" },
    };
    const plan = planEntries(refsOf(schemas), ajv.RULES)!;
    const [partial] = partialDocuments(plan, [plan.units[0]!], ajv.RULES, resolveUrl) ?? [];
    if (partial === undefined) throw new Error("no partial document");
    expect(partial.document).toEqual({
      $id: ID,
      components: { schemas: { owner: schemas.owner, kinds: { properties: { k: schemas.kinds.properties.k } } } },
    });
    expect((partial.document as { components: { schemas: { owner: unknown } } }).components.schemas.owner).toBe(
      schemas.owner,
    );
    expect(schemas.kinds).toEqual({ properties: { k: { enum: ["a"] } } });
  });
});
