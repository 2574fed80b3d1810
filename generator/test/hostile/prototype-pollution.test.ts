// `__proto__` and `constructor.prototype` keys in a spec or in a payload are data. Generation runs
// in-process here (generate() from the pipeline), so a polluted Object.prototype would be visible
// to this very test; payloads go through the generated validators, ours and a hostile spec's.

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addAt, applyMutation, type PayloadMutation, removeAt, setAt } from "../../../contract/payload-mutation.ts";
import { schemaNames as projectSchemaNames, validate as typedProjectValidate } from "../../../generated/validators.ts";
import type { ValidateFn, ValidationResult } from "../../../runtime/operation.ts";
import { documentedBody } from "../../../test-support/recordings.ts";
import { oneSpecConfig } from "../../../test-support/specs.ts";
import { type TempFolder, tempFolder } from "../../../test-support/temp-folder.ts";
import type { GenerateConfig } from "../../config.ts";
import { generate } from "../../pipeline.ts";
import { plantedValues, prototypeSnapshot } from "./lib/prototype-snapshot.ts";

const projectValidate: ValidateFn = typedProjectValidate;

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
  return oneSpecConfig(spec, out, { openapiTypescript: true });
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

/** The same payload with its prototype keys renamed to harmless ones: what it must be judged like. */
const RENAMES = [
  ["__proto__", "proto_key"],
  ["constructor", "constructor_key"],
] as const;
const renamed = (text: string) =>
  RENAMES.reduce((out, [key, harmless]) => out.replaceAll(`"${key}"`, `"${harmless}"`), text);
const renamedBack = (pointer: string) =>
  RENAMES.reduce((out, [key, harmless]) => out.replaceAll(harmless, key), pointer);

/** Verdict and error places, sorted: what two validations must share to be "judged alike". */
function judged(result: ValidationResult): string[] | "valid" {
  return result.valid ? "valid" : result.errors.map((error) => `${error.keyword} at ${error.pointer}`).sort();
}

/** A documented payload broken or decorated in place, then serialised and parsed as it would arrive. */
function arriving(recording: string, ...mutations: PayloadMutation[]): unknown {
  return JSON.parse(JSON.stringify(mutations.reduce(applyMutation, documentedBody(recording) as unknown)));
}

const V1_EVENT = "v1-event-retrieve-200.json";
const V1_LIST = "v1-events-list-page-1.json";
const V2_EVENT = "v2-event-retrieve-200.json";
const POLLUTER = { polluted: "yes", isAdmin: true };

describe("validating payloads with prototype keys", () => {
  it.each(projectSchemaNames.flatMap((name) => PAYLOADS.map((payload) => ({ name, payload }))))(
    "generated/ validator $name judges $payload like the same payload with ordinary keys",
    ({ name, payload }) => {
      const ordinary = judged(projectValidate(name, JSON.parse(renamed(payload))));
      const hostile = judged(projectValidate(name, JSON.parse(payload)));
      expect(hostile).toEqual(ordinary === "valid" ? ordinary : ordinary.map(renamedBack));
      expect(prototypeSnapshot()).toEqual(CLEAN);
      expect(plantedValues()).toEqual(NOTHING_PLANTED);
    },
  );

  // Valid documented payloads, so the validators walk every property; a prototype key must neither
  // supply a missing property nor hide a wrong one.
  it.each([
    {
      given: "a v1 event with a __proto__ member",
      schema: "event",
      payload: () => arriving(V1_EVENT, addAt("/__proto__", { ...POLLUTER, livemode: "no" })),
      want: "valid",
    },
    {
      given: "a v1 event whose data.object has constructor.prototype",
      schema: "event",
      payload: () => arriving(V1_EVENT, addAt("/data/object/constructor", { prototype: POLLUTER })),
      want: "valid",
    },
    {
      given: "a v1 event without livemode, carried by its __proto__ member",
      schema: "event",
      payload: () => arriving(V1_EVENT, removeAt("/livemode"), addAt("/__proto__", { livemode: false })),
      want: ["required at /livemode"],
    },
    {
      given: "a v1 event with a wrong livemode and a right one under __proto__",
      schema: "event",
      payload: () => arriving(V1_EVENT, setAt("/livemode", "no"), addAt("/__proto__", { livemode: false })),
      want: ["type at /livemode"],
    },
    {
      given: "stripe-event.json without api_version, carried by __proto__",
      schema: "stripe-event.json",
      payload: () => arriving(V1_EVENT, removeAt("/api_version"), addAt("/__proto__", { api_version: "2023-10-16" })),
      want: ["required at /api_version"],
    },
    {
      given: "a v1 list item whose object is carried by __proto__",
      schema: "NotificationEventList",
      payload: () => arriving(V1_LIST, removeAt("/data/0/object"), addAt("/data/0/__proto__", { object: "event" })),
      want: ["required at /data/0/object"],
    },
    {
      given: "a v2 event with constructor.prototype",
      schema: "v2.core.event",
      payload: () => arriving(V2_EVENT, addAt("/constructor", { prototype: POLLUTER })),
      want: "valid",
    },
    {
      given: "a v2 related_object without url, carried by __proto__",
      schema: "v2.core.event",
      payload: () =>
        arriving(V2_EVENT, removeAt("/related_object/url"), addAt("/related_object/__proto__", { url: "/v1/x" })),
      want: ["required at /related_object/url"],
    },
  ])("$given: $want", ({ schema, payload, want }) => {
    const data = payload();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(judged(projectValidate(schema, data))).toEqual(want);
    expect(prototypeSnapshot()).toEqual(CLEAN);
    expect(plantedValues()).toEqual(NOTHING_PLANTED);
  });

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
