// The properties of a schema pair: each property removed, added, or made required or optional,
// classified by direction (a reader loses what is removed or no longer required; a sender is broken
// by what becomes required). compare-schemas.ts walks on into the properties both sides keep.
import type { Severity } from "./change.ts";
import type { Direction } from "./classify.ts";
import type { SchemaWalk } from "./compare-schemas.ts";
import { asSchema, child, closest, type Located, type SchemaMap } from "./located-schema.ts";

type PropertyEvent = "removed" | "added-optional" | "added-required" | "now-optional" | "now-required";

interface Verdict {
  readonly severity: Severity;
  readonly rule: string;
  readonly reason: (name: string) => string;
}

const VERDICTS: Record<Direction, Record<PropertyEvent, Verdict>> = {
  response: {
    removed: {
      severity: "breaking",
      rule: "response-property-removed",
      reason: (name) => `property "${name}" was removed from the response`,
    },
    "added-optional": {
      severity: "safe",
      rule: "response-property-added",
      reason: (name) => `new optional response property "${name}"`,
    },
    "added-required": {
      severity: "safe",
      rule: "response-property-added",
      reason: (name) => `new required response property "${name}"`,
    },
    "now-optional": {
      severity: "breaking",
      rule: "response-property-optional",
      reason: (name) => `response property "${name}" is no longer required, so it may be absent`,
    },
    "now-required": {
      severity: "safe",
      rule: "response-property-required",
      reason: (name) => `response property "${name}" is now always present`,
    },
  },
  request: {
    removed: {
      severity: "warning",
      rule: "request-property-removed",
      reason: (name) => `request property "${name}" was removed; senders that still send it may be rejected`,
    },
    "added-optional": {
      severity: "safe",
      rule: "request-property-added",
      reason: (name) => `new optional request property "${name}"`,
    },
    "added-required": {
      severity: "breaking",
      rule: "request-property-added-required",
      reason: (name) => `new required request property "${name}"; existing senders do not send it`,
    },
    "now-optional": {
      severity: "safe",
      rule: "request-property-optional",
      reason: (name) => `request property "${name}" is now optional`,
    },
    "now-required": {
      severity: "breaking",
      rule: "request-property-required",
      reason: (name) => `request property "${name}" is now required`,
    },
  },
};

/** A property both sides declare, for the walker to compare next. */
export interface KeptProperty {
  readonly location: string;
  readonly old: Located;
  readonly newer: Located;
}

/** Reports the properties removed, added and whose requiredness moved; returns those both sides keep. */
export function compareProperties(walk: SchemaWalk, old: Located, newer: Located): KeptProperty[] {
  const before = asSchema(old.value);
  const after = asSchema(newer.value);
  const [oldProperties, newProperties] = [asSchema(before.properties), asSchema(after.properties)];
  const [oldRequired, newRequired] = [requiredSet(before), requiredSet(after)];
  const kept: KeptProperty[] = [];
  for (const name of Object.keys(oldProperties)) {
    const location = `${walk.location}.${name}`;
    const oldAt = child(old, "properties", name);
    if (!Object.hasOwn(newProperties, name)) {
      report(walk, "removed", { name, location, oldPointer: oldAt.pointer, newPointer: closest(newer, "properties") });
      continue;
    }
    const newAt = child(newer, "properties", name);
    const [was, is] = [oldRequired.has(name), newRequired.has(name)];
    const pointers = { name, location, oldPointer: oldAt.pointer, newPointer: newAt.pointer };
    if (was !== is) report(walk, is ? "now-required" : "now-optional", pointers);
    kept.push({ location, old: oldAt, newer: newAt });
  }
  for (const name of Object.keys(newProperties)) {
    if (Object.hasOwn(oldProperties, name)) continue;
    const location = `${walk.location}.${name}`;
    const newPointer = child(newer, "properties", name).pointer;
    const event = newRequired.has(name) ? "added-required" : "added-optional";
    report(walk, event, { name, location, oldPointer: closest(old, "properties"), newPointer });
  }
  return kept;
}

interface PropertyPlace {
  readonly name: string;
  readonly location: string;
  readonly oldPointer: string;
  readonly newPointer: string;
}

function report(walk: SchemaWalk, event: PropertyEvent, place: PropertyPlace): void {
  const { severity, rule, reason } = VERDICTS[walk.direction][event];
  const { name, location, oldPointer, newPointer } = place;
  walk.context.report({ severity, rule, location, oldPointer, newPointer, reason: reason(name) });
}

function requiredSet(schema: SchemaMap): Set<string> {
  const required = Array.isArray(schema.required) ? schema.required : [];
  return new Set(required.filter((name): name is string => typeof name === "string"));
}
