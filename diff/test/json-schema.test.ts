// The diff on a standalone JSON Schema 2020-12 document (specs/stripe-event.json): its root is
// compared as a payload a consumer reads.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Json } from "../../test-support/json.ts";
import { SPEC_FILES } from "../../test-support/repo.ts";
import { loadSpec } from "../../test-support/specs.ts";
import { type TempFolder, tempFolder } from "../../test-support/temp-folder.ts";
import { diffSpecs } from "../diff-specs.ts";
import { loadSpecModel } from "../load-spec-model.ts";

const EVENT_SCHEMA = SPEC_FILES.eventJsonSchema;

describe("diff on a JSON Schema document", () => {
  let folder: TempFolder;
  beforeAll(() => (folder = tempFolder("diff")));
  afterAll(() => folder.remove());

  it.each<[string, (schema: Json) => void, string[][]]>([
    ["unedited", () => {}, []],
    [
      "a property removed",
      (s) => delete s.properties.pending_webhooks,
      [["breaking", "response-property-removed", "/properties/pending_webhooks", "/properties"]],
    ],
    [
      "a property made nullable",
      (s) => (s.properties.created.type = ["integer", "null"]),
      [["breaking", "response-property-nullable", "/properties/created", "/properties/created"]],
    ],
    [
      "`nullable: true` added: no keyword in JSON Schema, so no change (twin of the above)",
      (s) => (s.properties.created.nullable = true),
      [],
    ],
  ])("%s", async (_name, edit, want) => {
    const edited = structuredClone(loadSpec(EVENT_SCHEMA));
    edit(edited);
    const changes = diffSpecs(
      await loadSpecModel(EVENT_SCHEMA),
      await loadSpecModel(folder.write("edited-event.json", edited)),
    );
    expect(changes.map((change) => [change.severity, change.rule, change.oldPointer, change.newPointer])).toEqual(want);
  });
});
