// entryKey: what a validator entry's cached code depends on. Given a change, want the key to
// change (the entry is compiled again) or to stay (its cached code is reused).
import { describe, expect, it } from "vitest";
import { type EntryKeyInput, entryKey } from "../emit/validators/entry-key.ts";
import { moduleImports, requireCalls } from "../emit/validators/esm-imports.ts";

const document = {
  components: {
    schemas: {
      owner: { type: "object", properties: { tag: { $ref: "#/components/schemas/tag" } } },
      tag: { type: "string" },
      kinds: { type: "object", properties: { k: { enum: ["a", "b"] } } },
      label: { properties: { kind: { $ref: "#/components/schemas/kinds/properties/k" } } },
    },
  },
};

const ENTRIES: Record<string, string> = { "#/components/schemas/tag": "validateTag" };

function input(overrides: Partial<EntryKeyInput> = {}): EntryKeyInput {
  return {
    salt: "generator 1",
    exportName: "validateOwner",
    pointer: "/components/schemas/owner",
    schema: document.components.schemas.owner,
    document,
    entryRefs: (ref) => ENTRIES[ref],
    // As ajv reads it (entry-plan.ts readsAsItsRef): a $ref and nothing with a rule beside it.
    readsAsItsRef: (schema) => typeof schema === "object" && schema !== null && Object.keys(schema).join() === "$ref",
    ...overrides,
  };
}

const labelInput = (labelDocument: unknown) =>
  input({ exportName: "validateLabel", schema: document.components.schemas.label, document: labelDocument });
const withKinds = (k: unknown) => ({
  components: { schemas: { ...document.components.schemas, kinds: { properties: { k } } } },
});

const CHANGES: { name: string; changed: EntryKeyInput; wantSameKey: boolean }[] = [
  { name: "the schema itself", changed: input({ schema: { type: "object" } }), wantSameKey: false },
  { name: "the generator (salt)", changed: input({ salt: "generator 2" }), wantSameKey: false },
  { name: "its export name", changed: input({ exportName: "validateOwner2" }), wantSameKey: false },
  {
    name: "the export name of an entry it calls",
    changed: input({ entryRefs: (ref) => (ref in ENTRIES ? "validateTag2" : undefined) }),
    wantSameKey: false,
  },
  {
    name: "a called entry's content (it is called by name, not embedded)",
    changed: input({
      document: { components: { schemas: { ...document.components.schemas, tag: { type: "integer" } } } },
    }),
    wantSameKey: true,
  },
  {
    name: "an identical copy of everything",
    changed: input({ schema: structuredClone(document.components.schemas.owner) }),
    wantSameKey: true,
  },
];

describe("entryKey", () => {
  const key = entryKey(input());

  it.each(CHANGES)("$name", ({ changed, wantSameKey }) => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    if (wantSameKey) expect(entryKey(changed)).toBe(key);
    else expect(entryKey(changed)).not.toBe(key);
  });

  it("covers what a $ref to a place that is not an entry embeds", () => {
    const label = entryKey(labelInput(document));
    expect(entryKey(labelInput(withKinds({ enum: ["a", "b"] })))).toBe(label);
    expect(entryKey(labelInput(withKinds({ enum: ["a", "c"] })))).not.toBe(label);
  });

  // ajv reads `pick` (a place inside another component that is only a $ref to the entry `tag`) as
  // tag's schema and compiles it into the entry, not as a call of validateTag.
  it("covers an entry's content that a $ref to a place that is only that entry's $ref embeds", () => {
    const picked = (tag: unknown) => ({
      components: {
        schemas: {
          ...document.components.schemas,
          tag,
          wrapper: { properties: { pick: { $ref: "#/components/schemas/tag" } } },
          viaWrapper: { properties: { t: { $ref: "#/components/schemas/wrapper/properties/pick" } } },
        },
      },
    });
    const keyWith = (tag: unknown) => {
      const withTag = picked(tag);
      return entryKey(
        input({ exportName: "validateViaWrapper", schema: withTag.components.schemas.viaWrapper, document: withTag }),
      );
    };
    expect(keyWith({ type: "string" })).toBe(keyWith({ type: "string" }));
    expect(keyWith({ type: "string", maxLength: 3 })).not.toBe(keyWith({ type: "string" }));
    // Its twin: owner calls tag by name, so tag's content stays out of owner's key (the case above).
  });

  it.each([
    { name: "a nested $id", schema: { properties: { a: { $id: "other", type: "string" } } } },
    { name: "a $dynamicRef", schema: { items: { $dynamicRef: "#node" } } },
    { name: "a $ref outside the document", schema: { $ref: "other.json#/x" } },
  ])("cannot key an entry with $name (compiled every run)", ({ schema }) => {
    expect(entryKey(input({ schema }))).toBeUndefined();
  });
});

describe("require() calls become imports named by their specifier", () => {
  it.each([
    ['require("ajv/dist/runtime/equal").default', "__require_ajv_2f_dist_2f_runtime_2f_equal.default"],
    ['require("a_b").x + require("a/b").y', "__require_a_5f_b.x + __require_a_2f_b.y"],
  ])("%s", (given, want) => {
    expect(requireCalls(given).code).toBe(want);
  });

  it("imports each module once, with the CommonJS interop", () => {
    const { modules } = requireCalls('require("m").a; require("m").b; require("n").c');
    expect(modules).toEqual(["m", "n"]);
    expect(moduleImports(["m"])).toBe(
      'import __require_m_module from "m.js";\nconst __require_m = __require_m_module && __require_m_module.__esModule ? __require_m_module : { default: __require_m_module };\n',
    );
  });
});
