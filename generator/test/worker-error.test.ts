// The worker error codec: what is thrown in a worker, encoded, cloned across the thread boundary
// (structuredClone is the algorithm postMessage uses) and decoded, is what the parent throws.
import { describe, expect, it } from "vitest";
import { SpecError } from "../spec-error.ts";
import { decodeError, encodeError } from "../worker-error.ts";

const acrossThreads = (error: unknown) => decodeError(structuredClone(encodeError(error)));

const problems = [
  { file: "spec.yml", pointer: "/paths/~1a/get", line: 12, column: 5, message: "is wrong" },
  { file: "spec.yml", pointer: "", message: "is also wrong" },
  { file: "overlay.yml", message: "matches nothing" },
];

describe("a SpecError crosses a worker thread", () => {
  it.each([
    { given: "several problems", error: new SpecError(problems, "Fix them.") },
    { given: "one problem", error: SpecError.single(problems[0]!, "Fix it.") },
  ])("with $given: class, problems, hint and message survive", ({ error }) => {
    const decoded = acrossThreads(error);
    expect(decoded).toBeInstanceOf(SpecError);
    expect((decoded as SpecError).problems).toEqual(error.problems);
    expect((decoded as SpecError).hint).toBe(error.hint);
    expect(decoded.message).toBe(error.message);
  });

  it("without the codec it would not (the twin that shows the codec is needed)", () => {
    const cloned = structuredClone(new SpecError(problems, "Fix them."));
    expect(cloned).not.toBeInstanceOf(SpecError);
    expect((cloned as unknown as SpecError).problems).toBeUndefined();
  });
});

describe("any other failure crosses as a plain Error", () => {
  it.each([
    { given: "an Error", error: new Error("ajv ran out of stack"), message: "ajv ran out of stack" },
    { given: "a TypeError", error: new TypeError("x is not a function"), message: "x is not a function" },
  ])("$given keeps its message and the worker's stack, and is no SpecError", ({ error, message }) => {
    const decoded = acrossThreads(error);
    expect(decoded).not.toBeInstanceOf(SpecError);
    expect(decoded.message).toBe(message);
    expect(decoded.stack).toBe(error.stack);
    expect(decoded.stack).toContain("worker-error.test.ts");
  });

  it.each([
    { given: "a thrown string", thrown: "gave up", message: "gave up" },
    { given: "a thrown number", thrown: 42, message: "42" },
  ])("$given becomes an Error with that text", ({ thrown, message }) => {
    const decoded = acrossThreads(thrown);
    expect(decoded).toBeInstanceOf(Error);
    expect(decoded).not.toBeInstanceOf(SpecError);
    expect(decoded.message).toBe(message);
  });
});
