// `validators: "reachable"`: which component schemas get a validator when only the reachable ones
// do. A schema is reachable when an operation (parameter, request body, response), a webhook's
// request body or the event catalog (webhooks.ts validates every event type it lists) uses it,
// directly or through $refs, followed transitively. On GitHub's spec 346 of 969 components are
// reachable from nothing and make 79% of the validator code.
import { refTokens } from "../../../core/json-pointer.ts";
import type { ApiModel, SpecModel } from "../../model/api-model.ts";
import { lookupRef } from "../../model/refs.ts";
import { localRefs } from "./ref-targets.ts";

/** The names of the spec's component schemas that its operations, webhooks and events reach. */
export function reachableSchemaNames(model: ApiModel, spec: SpecModel): Set<string> {
  const reached = new Set<string>();
  const seenRefs = new Set<string>();
  const pending = rootSchemas(model, spec).flatMap(localRefs);
  for (const named of eventSchemas(model, spec)) {
    reached.add(named);
    pending.push(`#/components/schemas/${named}`);
  }
  while (pending.length > 0) {
    const ref = pending.pop()!;
    if (seenRefs.has(ref)) continue;
    seenRefs.add(ref);
    const component = componentOf(ref);
    if (component !== undefined) reached.add(component);
    pending.push(...localRefs(lookupRef(spec.document, ref)));
  }
  return reached;
}

/** The component a $ref names or points into ("#/components/schemas/a/properties/b" → "a"). */
function componentOf(ref: string): string | undefined {
  const [section, kind, name] = refTokens(ref);
  return section === "components" && kind === "schemas" ? name : undefined;
}

function rootSchemas(model: ApiModel, spec: SpecModel): unknown[] {
  const roots: unknown[] = [];
  for (const operation of model.operations.filter((candidate) => candidate.spec === spec)) {
    roots.push(...operation.parameters.map((parameter) => parameter.schema), operation.requestBody?.schema);
    roots.push(...operation.responses.map((response) => response.schema));
  }
  for (const webhook of model.webhooks.filter((candidate) => candidate.spec === spec))
    roots.push(webhook.requestBody?.schema);
  return roots;
}

function eventSchemas(model: ApiModel, spec: SpecModel): string[] {
  const { event, notification, types } = model.events;
  return [event, notification, ...types.map((entry) => entry.schema)]
    .filter((named) => named !== undefined && named.spec === spec)
    .map((named) => named!.name);
}
