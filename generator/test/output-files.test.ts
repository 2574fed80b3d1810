// write/output-files.ts: each file's SHA-256 for the manifest, made here or given with the file.
import { describe, expect, it } from "vitest";
import { OutputFiles } from "../write/output-files.ts";

// Known SHA-256 values (FIPS 180-2's "abc", and the empty string), so nothing is hashed by the test.
const ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
// "é" is two bytes in UTF-8: the digest is of the UTF-8 encoding, as the file is written…
const E_ACUTE_UTF8 = "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c";
// …and one byte (0xE9) in Latin-1, which a digest of the string's code units would give.
const E_ACUTE_LATIN1 = "de2e331d891ae267a7009cb45b4e8830f170e0c937288ea2731a1941c7a53b0d";
const GIVEN = "given-digest";

type Set = [path: string, content: string, digest?: string];

describe("OutputFiles", () => {
  it.each<{ given: string; sets: Set[]; want: Record<string, string> }>([
    { given: "one file", sets: [["a.ts", "abc"]], want: { "a.ts": ABC } },
    {
      given: "two files, in the order set",
      sets: [
        ["b.ts", ""],
        ["a.ts", "abc"],
      ],
      want: { "b.ts": EMPTY, "a.ts": ABC },
    },
    {
      given: "a file set twice: its last content",
      sets: [
        ["a.ts", ""],
        ["a.ts", "abc"],
      ],
      want: { "a.ts": ABC },
    },
    {
      given: "the other way round",
      sets: [
        ["a.ts", "abc"],
        ["a.ts", ""],
      ],
      want: { "a.ts": EMPTY },
    },
    { given: "a digest given with the file is kept", sets: [["a.ts", "abc", GIVEN]], want: { "a.ts": GIVEN } },
    {
      given: "a file set again without a digest is hashed",
      sets: [
        ["a.ts", "x", GIVEN],
        ["a.ts", "abc"],
      ],
      want: { "a.ts": ABC },
    },
    {
      given: "a given digest belongs to its file only",
      sets: [
        ["a.ts", "abc", GIVEN],
        ["b.ts", ""],
      ],
      want: { "a.ts": GIVEN, "b.ts": EMPTY },
    },
  ])("$given", ({ sets, want }) => {
    const output = new OutputFiles();
    for (const [path, content, digest] of sets) output.set(path, content, digest);
    const digests = output.digests();
    expect(digests).toEqual(want);
    expect(Object.keys(digests)).toEqual(Object.keys(want));
  });

  it("hashes a file's UTF-8 bytes, not its UTF-16 code units", () => {
    const output = new OutputFiles();
    output.set("e.ts", "é");
    const { "e.ts": digest } = output.digests();
    expect(digest).toBe(E_ACUTE_UTF8);
    expect(digest).not.toBe(E_ACUTE_LATIN1);
  });

  it("forgets a deleted or cleared file and its given digest", () => {
    const output = new OutputFiles();
    output.set("a.ts", "abc", GIVEN).set("b.ts", "");
    output.delete("a.ts");
    expect(output.digests()).toEqual({ "b.ts": EMPTY });
    output.set("a.ts", "abc");
    expect(output.digests()).toEqual({ "b.ts": EMPTY, "a.ts": ABC });
    output.clear();
    expect(output.digests()).toEqual({});
    expect(output.size).toBe(0);
  });
});
