// Every recorded v1 event must satisfy both v1 Event contracts (OpenAPI `event` and the JSON
// Schema 2020-12 stripe-event.json), and the documents' known disagreements are pinned so a
// change in either spec shows up here as a new or vanished disagreement.
import { describe, expect, it } from "vitest";
import {
  bothEventsViolations,
  findDisagreements,
  formatDisagreements,
  probesFor,
  recordedV1Events,
} from "../contract/cross-check.ts";
import { expectNoViolations } from "../contract/expect-no-violations.ts";
import { validate as typedValidate } from "../generated/validators.ts";
import type { ValidateFn } from "../runtime/operation.ts";
import { repoCassettes } from "../test-support/recordings.ts";
import { SPEC_FILES } from "../test-support/repo.ts";
import { loadSpec } from "../test-support/specs.ts";

const events = recordedV1Events(repoCassettes()).map((found) => ({
  ...found,
  id: found.where.replace("contract-tests/recordings/", ""),
}));
const validate: ValidateFn = typedValidate;
const jsonSchema = loadSpec(SPEC_FILES.eventJsonSchema) as { properties: Record<string, unknown> };

/** Known and accepted: the JSON Schema is stricter than the OpenAPI spec on exactly these. */
const KNOWN_DISAGREEMENTS = [
  { probe: "without api_version", openapi: "accepts", jsonSchema: "rejects" },
  { probe: "id without evt_ prefix", openapi: "accepts", jsonSchema: "rejects" },
];

describe("v1 events: OpenAPI `event` vs stripe-event.json", () => {
  it("finds recorded v1 events (single events and list items)", () => {
    expect(events.length).toBeGreaterThanOrEqual(5);
  });

  it.each(events)("$id satisfies both schemas", (found) => {
    expectNoViolations(bothEventsViolations(validate, found));
  });

  it("disagree only on the known list", () => {
    // Probes start from a documented event: a recording may legitimately differ (e.g. other fields).
    const base = events.find((found) => found.documented)?.event as Record<string, unknown>;
    const disagreements = findDisagreements(validate, base, probesFor(base, Object.keys(jsonSchema.properties)));
    console.info(formatDisagreements(disagreements));
    expect(disagreements).toEqual(KNOWN_DISAGREEMENTS);
  });
});
