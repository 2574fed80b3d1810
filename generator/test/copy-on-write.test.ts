// editedCopy: a copy of a document with edits, the document left as it was. Given a document and
// an edit, want the copy's content, what it shares with the document, and the document unchanged.
import { describe, expect, it } from "vitest";
import { editedCopy, isTree } from "../resolve/copy-on-write.ts";

const setAt =
  (tokens: string[], key: string, value: unknown) => (edits: { writable: (tokens: readonly string[]) => unknown }) => {
    const holder = edits.writable(tokens) as Record<string, unknown> | undefined;
    if (holder) holder[key] = value;
  };

describe("editedCopy", () => {
  it("a tree: copies only the objects on the edited path, each once", () => {
    const document = {
      paths: { a: { get: 1 } },
      components: { schemas: { A: { type: "string" }, B: { type: "integer" } } },
    };
    const before = structuredClone(document);
    const copy = editedCopy(document, (edits) => {
      setAt(["components", "schemas", "A"], "nullable", true)(edits);
      setAt(["components", "schemas", "B"], "nullable", true)(edits);
    }) as typeof document & { components: { schemas: { A: { nullable?: boolean }; B: { nullable?: boolean } } } };
    expect(copy.components.schemas.A).toEqual({ type: "string", nullable: true });
    expect(copy.components.schemas.B).toEqual({ type: "integer", nullable: true });
    expect(document).toEqual(before);
    expect(copy.paths).toBe(document.paths);
    expect(copy.components).not.toBe(document.components);
  });

  it("one object at two places (a YAML alias): an edit at one shows at both, as in a deep copy", () => {
    const shared = { type: "string" };
    const document = { a: shared, b: shared };
    const copy = editedCopy(document, setAt(["a"], "nullable", true)) as Record<string, unknown>;
    expect(copy.b).toEqual({ type: "string", nullable: true });
    expect(copy.a).toBe(copy.b);
    expect(shared).toEqual({ type: "string" });
  });

  it("an edit of a tree does not reach the document's other references (negative twin of the alias)", () => {
    const document = { a: { type: "string" }, b: { type: "string" } };
    const copy = editedCopy(document, setAt(["a"], "nullable", true)) as Record<string, unknown>;
    expect(copy.b).toEqual({ type: "string" });
    expect(copy.b).toBe(document.b);
  });

  it("a path that leads to no object: nothing to edit, the copy equals the document", () => {
    const document = { a: { b: "text" } };
    let writable: unknown = "not asked";
    const copy = editedCopy(document, (edits) => {
      writable = edits.writable(["a", "b"]);
    });
    expect(writable).toBeUndefined();
    expect(copy).toEqual(document);
  });

  it('keeps a "__proto__" key as a key, and an array\'s holes', () => {
    const document = JSON.parse('{"__proto__": {"x": 1}, "list": [1, 2]}');
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case under test
    document.sparse = [1, , 3];
    const copy = editedCopy(document, (edits) => {
      (edits.writable(["__proto__"]) as Record<string, unknown>).y = 2;
      (edits.writable(["sparse"]) as unknown[]).push(4);
    }) as Record<string, unknown>;
    expect(Object.hasOwn(copy, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toEqual({ x: 1, y: 2 });
    expect(Object.hasOwn(copy.sparse as unknown[], 1)).toBe(false);
    expect(copy.sparse).toHaveLength(4);
    expect(document.sparse).toHaveLength(3);
  });
});

describe("isTree", () => {
  const shared = { a: 1 };
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  it.each([
    { given: "JSON.parse's output", document: JSON.parse('{"a": {"b": [1, {"c": 2}]}, "d": {}}'), want: true },
    { given: "a scalar", document: "text", want: true },
    { given: "one object at two places", document: { x: shared, y: [shared] }, want: false },
    { given: "a cycle", document: cyclic, want: false },
  ])("$given: $want", ({ document, want }) => {
    expect(isTree(document)).toBe(want);
  });
});
