// Issue 5 acceptance: the supplied spec (repaired by its overlay) diffed against edited copies,
// one edit each. Each copy must report exactly its edit, with the right class and pointers.
import { beforeAll, describe, expect, it } from "vitest";
import type { Json } from "../../test-support/json.ts";
import { SPEC_FILES } from "../../test-support/repo.ts";
import { repairedV1Spec } from "../../test-support/specs.ts";
import { diffSpecs } from "../diff-specs.ts";
import { type DiffSide, loadSpecModel } from "../load-spec-model.ts";
import { type ChangeRow, changeRows, diffFiles } from "./diff-files.ts";

type Edit = (spec: Json) => void;

const EVENT = "/components/schemas/event";
const LIST = "/paths/~1v1~1events/get";
const RETRIEVE = "/paths/~1v1~1events~1{id}/get";
const event = (spec: Json) => spec.components.schemas.event;
const listParameters = (spec: Json) => spec.paths["/v1/events"].get.parameters as Json[];

const CASES: [name: string, edit: Edit, want: ChangeRow[]][] = [
  // Breaking
  [
    "response property removed",
    (s) => delete event(s).properties.type,
    [["breaking", "response-property-removed", `${EVENT}/properties/type`, `${EVENT}/properties`]],
  ],
  [
    "response property made optional",
    (s) => (event(s).required = event(s).required.filter((n: string) => n !== "livemode")),
    [["breaking", "response-property-optional", `${EVENT}/properties/livemode`, `${EVENT}/properties/livemode`]],
  ],
  [
    "response property made nullable",
    (s) => (event(s).properties.livemode.nullable = true),
    [["breaking", "response-property-nullable", `${EVENT}/properties/livemode`, `${EVENT}/properties/livemode`]],
  ],
  [
    "response property type changed",
    (s) => (event(s).properties.created.type = "string"),
    [["breaking", "response-type-changed", `${EVENT}/properties/created/type`, `${EVENT}/properties/created/type`]],
  ],
  [
    "response property type widened",
    (s) => (event(s).properties.pending_webhooks.type = "number"),
    [
      [
        "breaking",
        "response-type-widened",
        `${EVENT}/properties/pending_webhooks/type`,
        `${EVENT}/properties/pending_webhooks/type`,
      ],
    ],
  ],
  [
    "operation removed",
    (s) => delete s.paths["/v1/events/{id}"],
    [["breaking", "operation-removed", RETRIEVE, "/paths"]],
  ],
  [
    "status code removed",
    (s) => delete s.paths["/v1/events/{id}"].get.responses.default,
    [["breaking", "response-status-removed", `${RETRIEVE}/responses/default`, `${RETRIEVE}/responses`]],
  ],
  [
    "new required request parameter",
    (s) => listParameters(s).push({ in: "query", name: "object_id", required: true, schema: { type: "string" } }),
    [["breaking", "request-parameter-added-required", LIST, `${LIST}/parameters/8`]],
  ],
  [
    "optional request parameter made required",
    (s) => (listParameters(s)[4]!.required = true),
    [["breaking", "request-parameter-required", `${LIST}/parameters/4`, `${LIST}/parameters/4`]],
  ],
  [
    "request parameter type changed",
    (s) => (listParameters(s)[1]!.schema = { type: "string" }),
    [["breaking", "request-type-changed", `${LIST}/parameters/1/schema/type`, `${LIST}/parameters/1/schema/type`]],
  ],
  [
    "request parameter limited to an enum",
    (s) => (listParameters(s)[6]!.schema.enum = ["charge.succeeded"]),
    [["breaking", "request-enum-narrowed", `${LIST}/parameters/6/schema`, `${LIST}/parameters/6/schema/enum`]],
  ],
  [
    "request parameter maxLength narrowed",
    (s) => (listParameters(s)[2]!.schema.maxLength = 10),
    [
      [
        "breaking",
        "request-constraint-narrowed",
        `${LIST}/parameters/2/schema/maxLength`,
        `${LIST}/parameters/2/schema/maxLength`,
      ],
    ],
  ],
  [
    "request parameter anyOf alternative removed",
    (s) => listParameters(s)[0]!.schema.anyOf.pop(),
    [
      [
        "breaking",
        "request-alternative-removed",
        `${LIST}/parameters/0/schema/anyOf`,
        `${LIST}/parameters/0/schema/anyOf`,
      ],
    ],
  ],
  [
    "request parameter serialization changed",
    (s) => (listParameters(s)[3]!.style = "form"),
    [["breaking", "request-parameter-serialization-changed", `${LIST}/parameters/3`, `${LIST}/parameters/3`]],
  ],
  [
    "schema removed",
    (s) => delete s.components.schemas.GetEventsIdRequest && delete s.paths["/v1/events/{id}"].get.requestBody,
    [
      ["breaking", "schema-removed", "/components/schemas/GetEventsIdRequest", "/components/schemas"],
      ["warning", "request-body-removed", `${RETRIEVE}/requestBody`, RETRIEVE],
    ],
  ],
  // Warnings
  [
    "new enum value in a response",
    (s) => s.components.schemas.api_errors.properties.type.enum.push("rate_limit_error"),
    [
      [
        "warning",
        "response-enum-value-added",
        "/components/schemas/api_errors/properties/type/enum",
        "/components/schemas/api_errors/properties/type/enum",
      ],
    ],
  ],
  [
    "additionalProperties tightened",
    (s) => (event(s).additionalProperties = false),
    [["warning", "additional-properties-tightened", EVENT, `${EVENT}/additionalProperties`]],
  ],
  [
    "request parameter removed",
    (s) => listParameters(s).splice(6, 1),
    [["warning", "request-parameter-removed", `${LIST}/parameters/6`, LIST]],
  ],
  [
    "operationId renamed",
    (s) => (s.paths["/v1/events"].get.operationId = "listEvents"),
    [["warning", "operation-id-changed", `${LIST}/operationId`, `${LIST}/operationId`]],
  ],
  // Safe
  [
    "new optional response property",
    (s) => (event(s).properties.context = { type: "string" }),
    [["safe", "response-property-added", `${EVENT}/properties`, `${EVENT}/properties/context`]],
  ],
  [
    "new operation",
    (s) =>
      (s.paths["/v1/events/{id}/replay"] = {
        post: { ...structuredClone(s.paths["/v1/events/{id}"].get), operationId: "postEventsIdReplay" },
      }),
    [["safe", "operation-added", "/paths", "/paths/~1v1~1events~1{id}~1replay/post"]],
  ],
  [
    "description-only change",
    (s) => (event(s).properties.id.description = "The event's id."),
    [["safe", "description-changed", `${EVENT}/properties/id`, `${EVENT}/properties/id`]],
  ],
  [
    "enum value removed from a response",
    (s) =>
      (s.components.schemas.api_errors.properties.type.enum = ["api_error", "card_error", "invalid_request_error"]),
    [
      [
        "safe",
        "response-enum-narrowed",
        "/components/schemas/api_errors/properties/type/enum",
        "/components/schemas/api_errors/properties/type/enum",
      ],
    ],
  ],
  [
    "new documented status",
    (s) =>
      (s.paths["/v1/events/{id}"].get.responses["404"] = {
        description: "Not found",
        content: { "application/json": { schema: { $ref: "#/components/schemas/error" } } },
      }),
    [["safe", "response-status-added", `${RETRIEVE}/responses`, `${RETRIEVE}/responses/404`]],
  ],
];

describe("diff: supplied spec vs edited copies", () => {
  const files = diffFiles();
  let base: Json;
  let original: DiffSide;

  beforeAll(async () => {
    base = await repairedV1Spec();
    original = await loadSpecModel(SPEC_FILES.v1, { overlay: SPEC_FILES.v1Overlay });
  });

  it("reports nothing for the unedited spec, also when it is written back out as JSON", async () => {
    expect(diffSpecs(original, original)).toEqual([]);
    expect(diffSpecs(original, await files.load("unedited", base))).toEqual([]);
  });

  it.each(CASES)("%s", async (name, edit, want) => {
    const changes = await files.diffEdited(original, base, name, edit);
    expect(changeRows(changes)).toEqual(want);
    for (const change of changes) expect(change.reason).toMatch(/^[^\n]{10,}$/);
  });
});
