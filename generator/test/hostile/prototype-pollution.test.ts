// `__proto__` and `constructor.prototype` keys in a spec or in a payload are data. Generation runs
// in-process here (generate() from the pipeline), so a polluted Object.prototype would be visible
// to this very test; payloads go through the generated validators, ours and a hostile spec's.

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaNames as projectSchemaNames, validate as projectValidate } from "../../../generated/validators.ts";
import { repoPath } from "../../../test-support/repo.ts";
import { type TempFolder, tempFolder } from "../../../test-support/temp-folder.ts";
import type { GenerateConfig } from "../../config.ts";
import { generate } from "../../pipeline.ts";
import { plantedValues, prototypeSnapshot } from "./lib/prototype-snapshot.ts";

const CORPUS = fileURLToPath(new URL("./corpus/", import.meta.url));
const CLEAN = prototypeSnapshot();
const NOTHING_PLANTED = { polluted: undefined, isAdmin: undefined, toStringIsNative: true };

// JSON.parse keeps "__proto__" as an own key, which is how a hostile payload or spec arrives.
const HOSTILE_JSON_SPEC = `{
  "openapi": "3.1.0", "info": {"title": "json proto keys", "version": "1"}, "paths": {},
  "x-attack": {"__proto__": {"polluted": "x-attack", "isAdmin": true}, "constructor": {"prototype": {"polluted": "ctor"}}},
  "components": {"schemas": {
    "payload": {"type": "object", "properties": {"__proto__": {"type": "object"}, "constructor": {"type": "object"}},
                "examples": [{"__proto__": {"polluted": "example"}}], "default": {"__proto__": {"isAdmin": true}}}
  }}
}`;

let dir: TempFolder;
beforeAll(() => {
  dir = tempFolder("hostile-proto", { insideRepo: true });
  dir.write("json-proto-keys.json", HOSTILE_JSON_SPEC);
});
afterAll(() => dir.remove());

function configFor(spec: string, out: string): GenerateConfig {
  return {
    specs: [{ spec }],
    jsonSchemas: [],
    out,
    allowRemoteRefs: false,
    openapiTypescript: true,
    importExtension: ".ts",
    runtimeImport: repoPath("runtime/index.ts"),
  };
}

describe("generating from specs with prototype keys", () => {
  it.each([
    { given: "proto-keys-in-allowed-places.yml", want: "written" },
    { given: "proto-key-in-info.json", want: "refused" },
    { given: "ref-into-prototype-chain.yml", want: "refused" },
    { given: "json-proto-keys.json (built here)", want: "written" },
  ])("$given is $want and leaves the built-in prototypes alone", async ({ given, want }) => {
    const spec = given.endsWith("(built here)") ? dir.at("json-proto-keys.json") : join(CORPUS, given);
    const outcome = await generate({
      config: configFor(spec, dir.at(`out-${given.replace(/\W+/g, "-")}`)),
      check: false,
    }).then(
      (result) => (result.status === "written" ? "written" : result.status),
      () => "refused",
    );
    expect(outcome).toBe(want);
    expect(prototypeSnapshot()).toEqual(CLEAN);
    expect(plantedValues()).toEqual(NOTHING_PLANTED);
  });
});

const PAYLOADS = [
  '{"__proto__": {"polluted": "yes", "isAdmin": true}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"data": {"object": {"__proto__": {"isAdmin": true}}}, "__proto__": []}',
  '[{"__proto__": {"polluted": 1}}]',
];

describe("validating payloads with prototype keys", () => {
  it.each(projectSchemaNames.flatMap((name) => PAYLOADS.map((payload) => ({ name, payload }))))(
    "generated/ validator $name on $payload",
    ({ name, payload }) => {
      const result = projectValidate(name, JSON.parse(payload));
      expect(typeof result.valid).toBe("boolean");
      expect(prototypeSnapshot()).toEqual(CLEAN);
      expect(plantedValues()).toEqual(NOTHING_PLANTED);
    },
  );

  // ajv never compiles a `properties` entry named "__proto__" (vocabularies/code.js
  // allSchemaProperties), so that key is not checked: a known limit, safe because it is only skipped.
  it.each([
    { payload: '{"polluted": "text", "__proto__": {"polluted": "text"}}', wantValid: true, wantPointers: [] },
    { payload: '{"__proto__": {"polluted": 1}}', wantValid: true, wantPointers: [] },
    { payload: '{"polluted": 2, "__proto__": "not an object"}', wantValid: false, wantPointers: ["/polluted"] },
    { payload: '"not an object"', wantValid: false, wantPointers: [""] },
  ])(
    'the hostile spec\'s "__proto__" validator: $payload → valid $wantValid',
    async ({ payload, wantValid, wantPointers }) => {
      const out = dir.at("validators-out");
      await generate({ config: configFor(join(CORPUS, "proto-keys-in-allowed-places.yml"), out), check: false });
      const hostile = (await import(join(out, "validators.ts"))) as {
        validate: typeof projectValidate;
        schemaNames: readonly string[];
      };
      expect(hostile.schemaNames).toEqual(["__proto__", "constructor"]);
      const result = hostile.validate("__proto__" as never, JSON.parse(payload));
      expect(result.valid).toBe(wantValid);
      expect(result.valid ? [] : result.errors.map((error) => error.pointer).sort()).toEqual(wantPointers);
      expect(prototypeSnapshot()).toEqual(CLEAN);
      expect(plantedValues()).toEqual(NOTHING_PLANTED);
    },
  );
});
