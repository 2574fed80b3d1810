import { describe, expect, it } from "vitest";
import {
  isIdentifier,
  NameRegistry,
  propertyKey,
  toMemberName,
  toTypeName,
  validatorExportName,
} from "../model/names.ts";

describe("toTypeName", () => {
  it.each([
    ["event", "Event"],
    ["NotificationEventList", "NotificationEventList"],
    ["notification_event_data", "NotificationEventData"],
    ["api_errors", "ApiErrors"],
    ["v2.core.event", "V2CoreEvent"],
    ["foo-bar", "FooBar"],
    ["1x", "Schema1x"],
    ["", "Schema"],
    ["ünïcode name", "ÜnïcodeName"],
    ['a"b\\c', "ABC"],
    // Global types of the standard library are never taken: a module importing one would lose the global.
    ["error", "ErrorObject"],
    ["Record", "RecordObject"],
    ["date", "DateObject"],
    ["uint8_array", "Uint8ArrayObject"],
    ["partial", "PartialObject"],
    // Twins: only exact global names are renamed.
    ["errors", "Errors"],
    ["api_error", "ApiError"],
    ["ERROR", "ERROR"],
    // Platform globals are not reserved (see GLOBAL_TYPE_NAMES): Stripe's event stays Event.
    ["event", "Event"],
  ])("%j → %s", (given, want) => expect(toTypeName(given)).toBe(want));
});

describe("toMemberName", () => {
  it.each([
    ["getEvents", "getEvents"],
    ["get /v1/events/{id}", "getV1EventsId"],
    ["delete", "delete"],
    ["List-Things", "listThings"],
    ["123", "op123"],
  ])("%j → %s", (given, want) => expect(toMemberName(given)).toBe(want));
});

describe("validatorExportName", () => {
  it.each([
    ["event", "validateEvent"],
    ["v2.core.event", "validateV2CoreEvent"],
    ["getEvents.200", "validateGetEvents200"],
    ["stripe-event.json", "validateStripeEventJson"],
    ["éclair", "validateEclair"],
    ["字", "validateSchema"],
    // ajv names its own functions validate0, validate1, …: a name must never look like one.
    ["字1", "validateSchema1"],
    ["1x", "validateSchema1x"],
  ])("%j → %s", (given, want) => expect(validatorExportName(given)).toBe(want));
});

describe("propertyKey", () => {
  it.each([
    ["id", "id"],
    ["a-b", '"a-b"'],
    ["1x", '"1x"'],
    ["class", "class"],
    ["__proto__", "__proto__"],
    ["", '""'],
    ['quo"te', '"quo\\"te"'],
    ["back\\slash", '"back\\\\slash"'],
    ["ünï", "ünï"],
  ])("%j → %s", (given, want) => expect(propertyKey(given)).toBe(want));

  it("agrees with isIdentifier", () => {
    expect(isIdentifier("$ok_1")).toBe(true);
    expect(isIdentifier("not ok")).toBe(false);
  });
});

describe("NameRegistry", () => {
  it("keeps the first claimant and suffixes later ones in claim order", () => {
    const registry = new NameRegistry(["Error"]);
    expect([
      registry.claim("FooBar"),
      registry.claim("FooBar"),
      registry.claim("FooBar"),
      registry.claim("Error"),
    ]).toEqual(["FooBar", "FooBar2", "FooBar3", "Error2"]);
  });

  it("skips a suffixed name that another claim took as it was, before and after the suffixes reach it", () => {
    const registry = new NameRegistry(["Body3"]);
    const claims = ["Body", "Body", "Body", "Body5", "Body", "Body", "Body2", "Body"];
    expect(claims.map((wanted) => registry.claim(wanted))).toEqual([
      "Body",
      "Body2",
      "Body4",
      "Body5",
      "Body6",
      "Body7",
      "Body22",
      "Body8",
    ]);
  });
});

describe("client method names", () => {
  it("never shadow the client's own members", async () => {
    const { loadModel } = await import("../load-model.ts");
    const { tempTree } = await import("../../test-support/temp-folder.ts");
    const { join } = await import("node:path");
    const ok = { "200": { description: "ok" } };
    const root = tempTree({
      "spec.json": JSON.stringify({
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: {
          "/a": { get: { operationId: "paginate", responses: ok } },
          "/b": { get: { operationId: "lastResponse", responses: ok } },
        },
      }),
    });
    const model = await loadModel({
      specs: [{ spec: join(root, "spec.json") }],
      jsonSchemas: [],
      allowRemoteRefs: false,
    });
    expect(model.operations.map((operation) => operation.memberName)).toEqual(["paginate2", "lastResponse2"]);
  });
});
