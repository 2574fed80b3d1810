// The $ref scan and proof remembered entry by entry (resolve/proof-memo.ts): an entry is skipped
// only when it and every entry its proofs read are unchanged. Given a memo and an edit, want which
// entries are proven, what a run records, and the verdict a cold run gives.
import { afterAll, describe, expect, it } from "vitest";
import { generateSchemas, rememberedCheckMemo } from "../../test-support/check-memo-runs.ts";
import { specWithSchemas } from "../../test-support/specs.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { type CheckMemo, entryFingerprints, matchesRemembering } from "../resolve/check-memo.ts";
import { EntryReads, provenEntries, rememberedProof } from "../resolve/proof-memo.ts";
import { collectKeywords } from "../resolve/ref-policy.ts";
import { localRefsAreSound } from "../resolve/ref-targets.ts";

const A = "/components/schemas/a";
const B = "/components/schemas/b";
const C = "/components/schemas/c";
const THINGS = "/paths/~1things";
const D = "/components/schemas/d";

/** a reads b (through a $ref into b's properties); c reads nothing; GET /things reads a. */
const SCHEMAS = {
  a: { allOf: [{ $ref: "#/components/schemas/b/properties/x" }] },
  b: { type: "object", properties: { x: { type: "string" } } },
  c: { type: "integer" },
};

function specOf(schemas: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(specWithSchemas(schemas, { listOperation: true }));
}

/** The memo a passed check of `schemas` leaves, with what its proofs read. */
function rememberedOf(schemas: Record<string, unknown>): CheckMemo {
  const document = specOf(schemas);
  const proof = rememberedProof(document, "json");
  const keywords = collectKeywords(proof.scanned, new Set(["$ref"]));
  expect(localRefsAreSound(document, "3.0", keywords, undefined, proof.reads)).toBe(true);
  const { memo } = matchesRemembering(document, "3.0", undefined, "json");
  return { ...memo!, refReads: proof.reads!.refReads(Object.keys(memo!.fingerprints)) };
}

describe("what a run's proofs read", () => {
  it("records, per entry, the entries its $refs' chains read; [] for an entry without $refs", () => {
    expect(rememberedOf(SCHEMAS).refReads).toEqual({ [A]: [B], [B]: [], [C]: [], [THINGS]: [A] });
  });

  it.each([
    {
      given: "a $ref into components/parameters (not a remembered map)",
      ref: "#/components/parameters/p",
      want: { [B]: [] },
    },
    { given: "a $ref to the document root", ref: "#", want: { [B]: [] } },
    { given: "a $ref to a remembered entry", ref: "#/components/schemas/b", want: { [A]: [B], [B]: [] } },
  ])("leaves out an entry whose proof read another place: $given", ({ ref, want }) => {
    const reads = new EntryReads(new Set(), {});
    reads.read(["components", "schemas", "a", "allOf", 0], [ref]);
    expect(reads.refReads([A, B])).toEqual(want);
  });

  it("records nothing for a $ref held outside the remembered entries", () => {
    const reads = new EntryReads(new Set(), {});
    reads.read(["components", "parameters", "p", "schema"], ["#/components/schemas/b"]);
    expect(reads.refReads([B])).toEqual({ [B]: [] });
  });

  it("keeps what a proven entry read, as remembered", () => {
    const reads = new EntryReads(new Set([A]), { [A]: [B] });
    expect(reads.refReads([A, C])).toEqual({ [A]: [B], [C]: [] });
  });
});

describe("provenEntries", () => {
  it.each([
    { edit: "nothing", schemas: SCHEMAS, want: [A, B, C, THINGS] },
    { edit: "b, which a reads", schemas: { ...SCHEMAS, b: { type: "object" } }, want: [C, THINGS] },
    { edit: "a, which the path reads", schemas: { ...SCHEMAS, a: { type: "string" } }, want: [B, C] },
    { edit: "c, which nothing reads", schemas: { ...SCHEMAS, c: { type: "number" } }, want: [A, B, THINGS] },
    { edit: "b removed", schemas: { a: SCHEMAS.a, c: SCHEMAS.c }, want: [C, THINGS] },
  ])("after an edit of $edit: proven $want", ({ schemas, want }) => {
    const now = entryFingerprints(specOf(schemas), "json");
    expect([...provenEntries(now, rememberedOf(SCHEMAS))].sort()).toEqual([...want].sort());
  });

  it("an entry the memo has no reads for is never proven (an older memo proves nothing)", () => {
    const { refReads, ...older } = rememberedOf(SCHEMAS);
    const now = entryFingerprints(specOf(SCHEMAS), "json");
    expect(provenEntries(now, older).size).toBe(0);
    const { [C]: _c, ...withoutC } = refReads!;
    expect(provenEntries(now, { ...older, refReads: withoutC }).has(C)).toBe(false);
  });
});

describe("rememberedProof", () => {
  it("empties the proven entries in what the $ref scan walks, and leaves the document as it was", () => {
    const edited = specOf({ ...SCHEMAS, b: { type: "object" } });
    const before = JSON.stringify(edited);
    const proof = rememberedProof(edited, "json", rememberedOf(SCHEMAS), entryFingerprints(edited, "json"));
    const scanned = proof.scanned as { components: { schemas: Record<string, unknown> }; paths: unknown };
    expect(scanned.components.schemas).toEqual({ a: SCHEMAS.a, b: { type: "object" }, c: {} });
    expect(scanned.paths).toEqual({ "/things": {} });
    expect(JSON.stringify(edited)).toBe(before);
  });

  it("on a YAML input scans and proves everything and records nothing (an alias can join two entries)", () => {
    const document = specOf(SCHEMAS);
    const proof = rememberedProof(document, "v8", rememberedOf(SCHEMAS), entryFingerprints(document, "v8"));
    expect(proof.scanned).toBe(document);
    expect(proof.reads).toBeUndefined();
  });
});

describe("through generate", () => {
  const folder = tempFolder("proof-memo", { insideRepo: true });
  afterAll(() => folder.remove());
  const run = (schemas: Record<string, unknown>, ...flags: string[]) => generateSchemas(folder, schemas, ...flags);

  // Each edit after two passed runs (the second, of another spec, leaves the memo: the same spec
  // twice would be answered by the content-hash cache) is answered as a cold run answers it.
  const CHAIN = {
    ...SCHEMAS,
    c: { type: "object", properties: { next: { $ref: "#/components/schemas/d" } } },
    d: { type: "integer" },
    z: { type: "boolean" },
  };
  const { d: _d, ...withoutD } = CHAIN;
  it.each([
    { edit: "d, which c's $ref names, removed", schemas: withoutD, code: 1 },
    { edit: "d made a $ref to a path item", schemas: { ...CHAIN, d: { $ref: "#/paths/~1things" } }, code: 1 },
    {
      edit: "d made a $ref to a missing schema",
      schemas: { ...CHAIN, d: { $ref: "#/components/schemas/zz" } },
      code: 1,
    },
    { edit: "d edited, still a schema", schemas: { ...CHAIN, d: { type: "string", maxLength: 3 } }, code: 0 },
    {
      edit: "a new schema with a $ref to d",
      schemas: { ...CHAIN, e: { items: { $ref: "#/components/schemas/d" } } },
      code: 0,
    },
  ])("after two runs, an edit ($edit) gets a cold run's answer", async ({ edit, schemas, code }) => {
    const each = tempFolder(`proof-memo-${edit.replaceAll(/\W+/g, "-")}`, { insideRepo: true });
    try {
      const generate = (value: Record<string, unknown>, ...flags: string[]) => generateSchemas(each, value, ...flags);
      const { z: _z, ...first } = CHAIN;
      expect((await generate(first)).code).toBe(0);
      expect((await generate(CHAIN)).code).toBe(0);
      expect(rememberedCheckMemo(each.at("c"))?.refReads?.[C]).toEqual([D]);
      const remembered = await generate(schemas);
      const cold = await generate(schemas, "--force");
      expect(cold.code).toBe(code);
      expect(remembered.code).toBe(cold.code);
      expect(remembered.stderr).toBe(cold.stderr);
    } finally {
      each.remove();
    }
  });

  // b loses the property a's $ref names: a is unchanged, but its proof read b, so it is proved again.
  it("an edit of an entry another one's $ref reads is refused as a first run refuses it", async () => {
    expect((await run(SCHEMAS)).code).toBe(0);
    expect((await run({ ...SCHEMAS, c: { type: "number" } })).code).toBe(0);
    expect(rememberedCheckMemo(folder.at("c"))?.refReads?.[A]).toEqual([B]);
    const broken = { ...SCHEMAS, b: { type: "object", properties: { y: { type: "string" } } } };
    const remembered = await run(broken);
    const cold = await run(broken, "--force");
    expect(cold.code).toBe(1);
    expect(cold.stderr).toContain("#/components/schemas/b/properties/x");
    expect(remembered.code).toBe(1);
    expect(remembered.stderr).toBe(cold.stderr);
  });
});
