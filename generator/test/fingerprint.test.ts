import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoPath } from "../../test-support/repo.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { CODE_WRITERS, hashSourceTrees } from "../write/fingerprint.ts";

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
