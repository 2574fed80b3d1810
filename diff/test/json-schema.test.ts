// The diff on a standalone JSON Schema 2020-12 document (specs/stripe-event.json): its root is
// compared as a payload a consumer reads.

import { describe, expect, it } from "vitest";
import type { Json } from "../../test-support/json.ts";
import { SPEC_FILES } from "../../test-support/repo.ts";
import { loadSpec } from "../../test-support/specs.ts";
import { loadSpecModel } from "../load-spec-model.ts";
import { changeRows, diffFiles } from "./diff-files.ts";

const EVENT_SCHEMA = SPEC_FILES.eventJsonSchema;

describe("diff on a JSON Schema document", () => {
  const files = diffFiles();

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
    const changes = await files.diffEdited(
      await loadSpecModel(EVENT_SCHEMA),
      loadSpec(EVENT_SCHEMA),
      "edited-event",
      edit,
    );
    expect(changeRows(changes)).toEqual(want);
  });
});
