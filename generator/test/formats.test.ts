// Formats: `decimal` is checked (a decimal number written as a string); each format the validators
// do not know is reported once, with its number of uses and the line of the first, and can be given
// a pattern (--format name=regex) or silenced (--ignore-format name); ajv itself prints nothing.
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { decimalFormat } from "../../runtime/formats.ts";
import { runCli, typeCheckableOutputArgs } from "../../test-support/cli.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { loadProjectConfig } from "../config.ts";

describe("the decimal format", () => {
  it.each([
    ["1.5", true],
    ["-0.0001234", true],
    ["+12", true],
    ["12", true],
    ["1e5", false],
    ["1.", false],
    [".5", false],
    ["1,5", false],
    ["", false],
    ["12 ", false],
  ])("%j → %s", (value, valid) => {
    expect(decimalFormat.validate(value)).toBe(valid);
  });
});

const SPEC = `openapi: 3.0.0
info: {title: formats, version: '1'}
paths: {}
components:
  schemas:
    Price:
      type: object
      properties:
        id: {type: string, format: guid}
        product: {type: string, format: guid}
        unit_amount_decimal: {type: string, format: decimal}
        picture: {type: string, format: blob}
    Refund:
      type: object
      properties:
        id: {type: string, format: guid}
`;

describe("generate: unknown formats reported once each, registered or silenced on request", () => {
  const work = tempFolder("formats", { insideRepo: true });
  afterAll(() => work.remove());
  const spec = work.write("spec.yaml", SPEC);
  let runs = 0;
  const generate = async (...flags: string[]) => {
    const out = work.at(`out-${++runs}`);
    const result = await runCli(["generate", "--spec", spec, ...typeCheckableOutputArgs(out), ...flags], {
      cwd: work.path,
    });
    return { result, validators: () => import(pathToFileURL(`${out}/validators.ts`).href) };
  };

  it("one warning per unknown format with its uses; decimal is known; nothing from ajv", async () => {
    const { result, validators } = await generate();
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^Warning: 2 unknown formats whose values the validators cannot check; give each a pattern with --format <name>=<regex>/,
    );
    expect(lines.slice(1)).toEqual([
      '  spec.yaml:9:36 (at #/components/schemas/Price/properties/id/format): format "guid" (3 uses, the first here)',
      '  spec.yaml:12:41 (at #/components/schemas/Price/properties/picture/format): format "blob" (1 use)',
    ]);
    const { validate } = await validators();
    expect(validate("Price", { unit_amount_decimal: "12.50" }).valid).toBe(true);
    expect(validate("Price", { unit_amount_decimal: "twelve" }).valid).toBe(false);
    expect(validate("Price", { id: "not a guid at all" }).valid).toBe(true);
  });

  it("--format gives a format a pattern the validators check; --ignore-format silences one", async () => {
    const { result, validators } = await generate("--format", "guid=^[0-9a-f]{8}$", "--ignore-format", "blob");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const { validate } = await validators();
    expect(validate("Refund", { id: "0123abcd" }).valid).toBe(true);
    expect(validate("Refund", { id: "not-hex!" }).valid).toBe(false);
  });

  it("a --format pattern that is no regular expression is a usage error", async () => {
    const { result } = await generate("--format", "guid=[0-9");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Error: --format "guid": Invalid regular expression/);
  });
});

describe("the config's formats", () => {
  const work = tempFolder("formats-config");
  afterAll(() => work.remove());

  it("are read, and a bad pattern names the config file", () => {
    work.write("stripe-events-contract.config.json", { formats: { guid: "^[0-9a-f-]+$" }, ignoreFormats: ["blob"] });
    const config = loadProjectConfig(work.path);
    expect([config.formats, config.ignoreFormats]).toEqual([{ guid: "^[0-9a-f-]+$" }, ["blob"]]);
    work.write("stripe-events-contract.config.json", { formats: { guid: "(" } });
    expect(() => loadProjectConfig(work.path)).toThrow(
      /stripe-events-contract\.config\.json \(at #\/formats\): "guid": Invalid regular expression/,
    );
  });
});
