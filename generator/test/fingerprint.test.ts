import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoPath } from "../../test-support/repo.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { readHashedSourceText, readSourceText } from "../load/read-source.ts";
import { CODE_WRITERS, hashSourceTrees, textDigest } from "../write/fingerprint.ts";

describe("hashSourceTrees", () => {
  const generator = tempFolder("fingerprint-generator");
  const core = tempFolder("fingerprint-core");
  generator.writeAll({ "pipeline.ts": "export {};", "test/ignored.test.ts": "a" });
  core.writeAll({ "json-pointer.ts": "export const a = 1;" });
  const before = hashSourceTrees([generator.path, core.path]);

  it("changes when a source file in any of the folders changes (the cache then regenerates)", () => {
    core.write("json-pointer.ts", "export const a = 2;");
    expect(hashSourceTrees([generator.path, core.path])).not.toBe(before);
    core.write("json-pointer.ts", "export const a = 1;");
  });

  it("stays the same when only tests or non-source files change (negative twin)", () => {
    generator.write("test/ignored.test.ts", "b");
    generator.write("notes.md", "text");
    expect(hashSourceTrees([generator.path, core.path])).toBe(before);
  });
});

describe("CODE_WRITERS (in both cache keys: an update of a package that writes code must miss)", () => {
  it("names the installed version of ajv, ajv-formats and openapi-typescript", () => {
    const installed = (name: string) =>
      (JSON.parse(readFileSync(repoPath("node_modules", name, "package.json"), "utf8")) as { version: string }).version;
    expect(CODE_WRITERS).toEqual(
      ["ajv", "ajv-formats", "openapi-typescript"].map((name) => `${name}@${installed(name)}`),
    );
    expect(CODE_WRITERS.every((writer) => /@\d+\.\d+\.\d+$/.test(writer))).toBe(true);
  });
});

describe("textDigest (an input's digest, from the bytes it was read from)", () => {
  const utf8 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
  const cases: [string, Buffer, string][] = [
    ["ASCII", Buffer.from("openapi: 3.0.3\n"), "openapi: 3.0.3\n"],
    ["multi-byte UTF-8 (é, €, an emoji)", Buffer.from("title: café € 😀\n"), "title: café € 😀\n"],
    ["a byte order mark, which the text does not keep", Buffer.from("\uFEFF{}"), "{}"],
    [
      "bytes that are not UTF-8 (decoded with U+FFFD)",
      Buffer.from([0x7b, 0xff, 0x7d]),
      Buffer.from([0x7b, 0xff, 0x7d]).toString("utf8"),
    ],
    [
      "a lone surrogate's bytes (CESU-8, not UTF-8)",
      Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]),
      Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]).toString("utf8"),
    ],
  ];

  it.each(cases)("%s: the SHA-256 of the text's UTF-8 encoding", (_name, bytes, text) => {
    expect(textDigest(bytes, text)).toBe(utf8(text));
  });

  it("differs from the raw bytes' hash where those are not the text's encoding (negative twin)", () => {
    const bytes = Buffer.from([0x7b, 0xff, 0x7d]);
    expect(textDigest(bytes, bytes.toString("utf8"))).not.toBe(createHash("sha256").update(bytes).digest("hex"));
    const marked = Buffer.from("\uFEFF{}");
    expect(textDigest(marked, "{}")).not.toBe(createHash("sha256").update(marked).digest("hex"));
  });

  it("is what readHashedSourceText gives a file read from disk", () => {
    const folder = tempFolder("text-digest");
    folder.writeAll({ "spec.yaml": "\uFEFFtitle: café\n" });
    const read = readHashedSourceText(folder.at("spec.yaml"));
    expect(read.text).toBe("title: café\n");
    expect(read.sha256).toBe(utf8("title: café\n"));
    // Commands other than generate (diff, validate) read with readSourceText, which hashes nothing.
    expect(readSourceText(folder.at("spec.yaml"))).toEqual({ path: read.path, text: read.text, format: "yaml" });
  });
});
