// Cross-check of the two v1 Event contracts: the OpenAPI `event` schema and the JSON Schema
// 2020-12 document. Every recorded event must satisfy both; beyond that, single-property probes
// find where the two documents disagree, so a drift in either shows up as a new disagreement.
import { escapePointerToken } from "../core/json-pointer.ts";
import type { ValidateFn } from "../runtime/operation.ts";
import type { LoadedCassette } from "./cassette.ts";
import { addAt, applyMutation, type PayloadMutation, removeAt, setAt } from "./payload-mutation.ts";
import { type Violation, violationsFromErrors } from "./violation.ts";

export const OPENAPI_EVENT = "event";
export const JSON_SCHEMA_EVENT = "stripe-event.json";

export interface RecordedEvent {
  /** Cassette file plus pointer, e.g. "contract-tests/recordings/x.json#/data/0". */
  readonly where: string;
  readonly event: unknown;
  /** From a documented example (a stable base for probes) rather than a recording. */
  readonly documented: boolean;
}

function isV1Event(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && (value as { object?: unknown }).object === "event";
}

/** v1 events found in cassette bodies: single events and the items of list pages. */
export function recordedV1Events(cassettes: readonly LoadedCassette[]): RecordedEvent[] {
  return cassettes.flatMap(({ file, cassette }) => {
    const documented = cassette.source.kind === "documented-example";
    const body = cassette.kind === "http" ? cassette.response.body : cassette.delivery.body;
    if (isV1Event(body)) return [{ where: file, event: body, documented }];
    const data = typeof body === "object" && body !== null ? (body as { data?: unknown }).data : undefined;
    if (!Array.isArray(data)) return [];
    return data.flatMap((item, index) =>
      isV1Event(item) ? [{ where: `${file}#/data/${index}`, event: item, documented }] : [],
    );
  });
}

/** The violations of one recorded event under both v1 Event schemas: none when both accept it. */
export function bothEventsViolations(validate: ValidateFn, { where, event }: RecordedEvent): Violation[] {
  return [OPENAPI_EVENT, JSON_SCHEMA_EVENT].flatMap((schema) => {
    const result = validate(schema, event);
    const context = { source: where, operation: "cross-check", schema };
    return result.valid ? [] : violationsFromErrors(context, event, result.errors);
  });
}

export interface Probe {
  readonly name: string;
  readonly change: PayloadMutation;
}

/** A value of a clearly different JSON type than the one given. */
function otherType(value: unknown): unknown {
  if (typeof value === "string") return 42;
  if (typeof value === "number" || typeof value === "boolean") return "text";
  return "text";
}

/**
 * Per top-level property: remove it, null it, give it another type (a property the event lacks is
 * added instead, and has nothing to remove). Plus the id prefix rule.
 */
export function probesFor(event: Record<string, unknown>, properties: readonly string[]): Probe[] {
  const perProperty = properties.flatMap((key) => {
    const pointer = `/${escapePointerToken(key)}`;
    const present = Object.hasOwn(event, key);
    const put = present ? setAt : addAt;
    return [
      ...(present ? [{ name: `without ${key}`, change: removeAt(pointer) }] : []),
      { name: `${key}: null`, change: put(pointer, null) },
      { name: `${key}: wrong type`, change: put(pointer, otherType(event[key])) },
    ];
  });
  return [...perProperty, { name: "id without evt_ prefix", change: setAt("/id", "ch_1NG8Du2eZvKYlo2CUI6cCVhB") }];
}

/** A probe the two v1 Event validators judge differently. */
export interface ProbeDisagreement {
  readonly probe: string;
  readonly openapi: "accepts" | "rejects";
  readonly jsonSchema: "accepts" | "rejects";
}

const verdict = (validate: ValidateFn, schema: string, data: unknown): "accepts" | "rejects" =>
  validate(schema, data).valid ? "accepts" : "rejects";

export function findDisagreements(
  validate: ValidateFn,
  base: Record<string, unknown>,
  probes: readonly Probe[],
): ProbeDisagreement[] {
  return probes
    .map((probe) => {
      const data = applyMutation(base, probe.change);
      return {
        probe: probe.name,
        openapi: verdict(validate, OPENAPI_EVENT, data),
        jsonSchema: verdict(validate, JSON_SCHEMA_EVENT, data),
      };
    })
    .filter((result) => result.openapi !== result.jsonSchema);
}

export function formatDisagreements(disagreements: readonly ProbeDisagreement[]): string {
  if (disagreements.length === 0) return "The OpenAPI event schema and stripe-event.json agree on every probe.";
  const lines = disagreements.map(
    (d) => `  - ${d.probe}: OpenAPI \`event\` ${d.openapi}, stripe-event.json ${d.jsonSchema}`,
  );
  return ["The OpenAPI event schema and stripe-event.json disagree:", ...lines].join("\n");
}
