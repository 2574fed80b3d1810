// What a run reports about its validators: export names of the compiled module that a reader can
// map back to validator names, and the counts the emit stage hands the pipeline.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { specWithSchemas } from "../../test-support/specs.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { compileValidators } from "../emit/validators/compile-validators.ts";

describe("export names of the compiled module", () => {
  it("come from the validator names, unique, ASCII, and never ajv's own validateN", async () => {
    const names = ["event", "a.b", "a_b", "字1", "éclair"];
    const entries = new Map(names.map((name, index) => [name, `/$defs/d${index}`]));
    const $defs = Object.fromEntries(names.map((_name, index) => [`d${index}`, { type: "string" }]));
    const id = "https://example.invalid/names";
    const formats = pathToFileURL(join(REPO_ROOT, "runtime/formats.ts")).href;
    const { code, exportNames } = compileValidators(
      [{ id, file: "names", document: { $id: id, $defs }, entries }],
      formats,
    );
    expect([...exportNames]).toEqual([
      ["event", "validateEvent"],
      ["a.b", "validateAB"],
      ["a_b", "validateAB2"],
      ["字1", "validateSchema1"],
      ["éclair", "validateEclair"],
    ]);
    const file = join(tempFolder("test").path, "validators.js");
    writeFileSync(file, code);
    const compiled = (await import(pathToFileURL(file).href)) as Record<string, (data: unknown) => boolean>;
    expect(compiled.validateAB2!("text")).toBe(true);
    expect(compiled.validateAB2!(1)).toBe(false);
  });
});

describe("the counts a run reports", () => {
  const inline = { description: "ok", content: { "application/json": { schema: { type: "string" } } } };
  it.each<[string, Record<string, unknown>, Record<string, unknown>, { schemas: number; validators: number }]>([
    [
      "a validator per component schema",
      { a: { type: "string" }, b: { type: "integer" } },
      {},
      { schemas: 2, validators: 2 },
    ],
    [
      "and per inline response body",
      { a: { type: "string" } },
      { paths: { "/inline": { get: { operationId: "inline", responses: { "200": inline } } } } },
      { schemas: 1, validators: 2 },
    ],
  ])("%s", async (_name, schemas, extra, want) => {
    const { generate } = await import("../pipeline.ts");
    const spec = join(tempFolder("test").path, "spec.json");
    const document = JSON.parse(specWithSchemas(schemas, { listOperation: true }));
    writeFileSync(spec, JSON.stringify({ ...document, ...extra }));
    const out = join(tempFolder("test").path, "out");
    const config = { specs: [{ spec }], jsonSchemas: [], out, allowRemoteRefs: false, openapiTypescript: false };
    const result = await generate({ config: { ...config, importExtension: ".ts" }, check: false, useCache: false });
    expect({ schemas: result.schemas, validators: result.validators }).toEqual(want);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.counts).toEqual({ operations: 1, ...want });
  });
});
