// The v2 spec (OpenAPI 3.1, $ref'd and shared component responses) diffed against edited copies,
// one edit each, as edited-copies.test.ts does for the v1 spec.
import { beforeAll, describe, expect, it } from "vitest";
import type { Json } from "../../test-support/json.ts";
import { SPEC_FILES } from "../../test-support/repo.ts";
import { loadSpec } from "../../test-support/specs.ts";
import { type DiffSide, loadSpecModel } from "../load-spec-model.ts";
import { type ChangeRow, changeRows, diffFiles } from "./diff-files.ts";

const PING = "/paths/~1v2~1core~1event_destinations~1{id}~1ping/post";
const V2_EVENT = "/components/schemas/v2.core.event";

const V2_CASES: [name: string, edit: (spec: Json) => void, want: ChangeRow[]][] = [
  ["unedited", () => {}, []],
  [
    "a $ref'd 404 response removed",
    (s) => delete s.paths["/v2/core/event_destinations/{id}/ping"].post.responses["404"],
    [["breaking", "response-status-removed", `${PING}/responses/404`, `${PING}/responses`]],
  ],
  [
    "a change inside a shared component response",
    (s) => s.components.schemas["v2.error"].properties.error.required.pop(),
    [
      [
        "breaking",
        "response-property-optional",
        "/components/schemas/v2.error/properties/error/properties/message",
        "/components/schemas/v2.error/properties/error/properties/message",
      ],
    ],
  ],
  [
    "a nullable response property made non-null",
    (s) => (s.components.schemas["v2.core.event"].properties.context.type = "string"),
    [["safe", "response-property-not-nullable", `${V2_EVENT}/properties/context`, `${V2_EVENT}/properties/context`]],
  ],
  [
    "a required query parameter made optional",
    (s) => (s.paths["/v2/core/events"].get.parameters[0].required = false),
    [
      [
        "safe",
        "request-parameter-optional",
        "/paths/~1v2~1core~1events/get/parameters/0",
        "/paths/~1v2~1core~1events/get/parameters/0",
      ],
    ],
  ],
];

describe("diff: the v2 spec (OpenAPI 3.1, shared component responses) vs edited copies", () => {
  const files = diffFiles();
  let original: DiffSide;
  beforeAll(async () => {
    original = await loadSpecModel(SPEC_FILES.v2);
  });

  it.each(V2_CASES)("%s", async (name, edit, want) => {
    expect(changeRows(await files.diffEdited(original, loadSpec(SPEC_FILES.v2), name, edit))).toEqual(want);
  });
});
