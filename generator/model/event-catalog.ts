// Which component schemas describe events, from the markers Stripe's specs use: `x-resourceId:
// event` on the v1 Event, and `x-stripeEvent: { type }` on a schema that describes one event type
// (the `data` of a v1 snapshot event, or with `kind: thin` a whole v2 notification). Our v2 spec
// marks the notification of any thin event with `x-stripeEvent: { kind: thin }` and no type.

import { isPlainObject } from "../../core/plain-object.ts";
import type { SourceFile } from "../load/read-source.ts";
import { SpecError, type SpecProblem } from "../spec-error.ts";
import type { EventCatalog, EventTypeSchema, NamedSchema } from "./api-model.ts";
import { refPointer } from "./refs.ts";

type Marker = { kind: "snapshot" | "thin"; eventType?: string } | { problem: string };

const HINT =
  'Write x-stripeEvent as { type: "<event type>" } (a v1 event\'s data), { type: "<event type>", kind: thin } ' +
  "(a thin notification), or { kind: thin } alone (the notification of any thin event); each type and marker once.";

export function collectEvents(schemas: readonly NamedSchema[], sources: ReadonlyMap<string, SourceFile>): EventCatalog {
  const problems: SpecProblem[] = [];
  const problem = (named: NamedSchema, message: string, under = "") => {
    const pointer = `${refPointer(named.ref)}${under}`;
    problems.push({ file: named.spec.file, pointer, ...sources.get(named.spec.file)?.locate(pointer), message });
  };
  const types: EventTypeSchema[] = [];
  const bases: { event?: NamedSchema; notification?: NamedSchema } = {};
  const claim = (slot: "event" | "notification", named: NamedSchema, what: string) => {
    if (bases[slot]) problem(named, `${what} is also marked at ${bases[slot].spec.file} ${bases[slot].ref}`);
    else bases[slot] = named;
  };
  for (const named of schemas) {
    if (typeof named.schema !== "object") continue;
    if (named.schema["x-resourceId"] === "event") claim("event", named, "x-resourceId: event");
    if (!("x-stripeEvent" in named.schema)) continue;
    const marker = readMarker(named.schema["x-stripeEvent"]);
    if ("problem" in marker) problem(named, marker.problem, "/x-stripeEvent");
    else if (marker.eventType === undefined) claim("notification", named, "x-stripeEvent: { kind: thin }");
    else types.push({ eventType: marker.eventType, kind: marker.kind, schema: named });
  }
  for (const [index, entry] of types.entries()) {
    const first = types.findIndex((other) => other.eventType === entry.eventType && other.kind === entry.kind);
    if (first !== index)
      problem(entry.schema, `x-stripeEvent type "${entry.eventType}" is also described by ${types[first]!.schema.ref}`);
  }
  if (problems.length > 0) throw new SpecError(problems, HINT);
  return { ...bases, types };
}

function readMarker(value: unknown): Marker {
  if (!isPlainObject(value)) return { problem: "x-stripeEvent must be an object" };
  const { type, kind = "snapshot" } = value as { type?: unknown; kind?: unknown };
  if (kind !== "snapshot" && kind !== "thin")
    return { problem: `x-stripeEvent kind must be "snapshot" or "thin", got ${JSON.stringify(kind)}` };
  if (type === undefined)
    return kind === "thin" ? { kind } : { problem: "x-stripeEvent needs a type (only kind: thin may go without)" };
  if (typeof type !== "string" || type === "")
    return { problem: `x-stripeEvent type must be a non-empty string, got ${JSON.stringify(type)}` };
  return { kind, eventType: type };
}
