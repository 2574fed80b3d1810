import { describe, expect, it } from "vitest";
import { lookupPointer, pointerTokens, toPointer } from "../json-pointer.ts";

const document = { a: { "b/c": [10, { "d~e": null }] } };

describe("JSON pointer", () => {
  it.each([
    { pointer: "", want: { found: true, value: document } },
    { pointer: "/a/b~1c/0", want: { found: true, value: 10 } },
    { pointer: "/a/b~1c/1/d~0e", want: { found: true, value: null } },
    { pointer: "/a/missing", want: { found: false } },
    { pointer: "/a/b~1c/0/deeper", want: { found: false } },
  ])("lookupPointer($pointer)", ({ pointer, want }) => {
    expect(lookupPointer(document, pointer)).toEqual(want);
  });

  it("round-trips tokens with / and ~", () => {
    expect(pointerTokens(toPointer(["a/b", "c~d", 0]))).toEqual(["a/b", "c~d", "0"]);
  });

  it("rejects a pointer without a leading slash", () => {
    expect(() => pointerTokens("a/b")).toThrow('Not a JSON pointer: "a/b"');
  });
});
