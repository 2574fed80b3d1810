// Repair stage: apply an OpenAPI Overlay 1.0 document to a loaded spec. openapi-format implements
// the Overlay spec (JSONPath targets, update/remove); we add the checks it only logs: a malformed
// overlay, or an action whose target matches nothing (a stale repair), fails the run.

import { openapiOverlay } from "openapi-format";
import type { SourceFile } from "../load/read-source.ts";
import { SpecError, type SpecProblem } from "../spec-error.ts";

export interface OverlayAction {
  target: string;
  description?: string;
  update?: unknown;
  remove?: boolean;
}

export async function applyOverlay(spec: unknown, overlay: SourceFile): Promise<unknown> {
  const actions = readActions(overlay);
  const result = await applyActions(spec, actions);
  const unused = new Set(result.unused);
  const problems: SpecProblem[] = [];
  actions.forEach((action, index) => {
    if (unused.has(action))
      problems.push(actionProblem(overlay, index, `target ${action.target} matches nothing in the spec`));
  });
  if (problems.length > 0) {
    throw new SpecError(
      problems,
      "The spec has changed under the overlay: update or delete the action so its target matches.",
    );
  }
  return result.document;
}

/** The actions applied in order to a copy of `spec`; `spec` itself is left as it was. */
export async function applyActions(
  spec: unknown,
  actions: readonly OverlayAction[],
): Promise<{ document: unknown; unused: readonly OverlayAction[] }> {
  const result = await openapiOverlay(structuredClone(spec) as Record<string, unknown>, {
    overlaySet: { overlay: "1.0.0", actions } as never,
  });
  return { document: result.data, unused: result.resultData.unusedActions as OverlayAction[] };
}

export function readActions(overlay: SourceFile): OverlayAction[] {
  const document = overlay.data as { overlay?: unknown; actions?: unknown } | null;
  if (
    typeof document !== "object" ||
    document === null ||
    typeof document.overlay !== "string" ||
    !/^1\.0(\.\d+)?$/.test(document.overlay)
  ) {
    throw SpecError.single(
      {
        file: overlay.path,
        pointer: "/overlay",
        ...overlay.locate("/overlay"),
        message: "is not an OpenAPI Overlay 1.0 document (`overlay: 1.0.0` is missing)",
      },
      "Start the overlay with `overlay: 1.0.0`, an `info` block and a list of `actions`.",
    );
  }
  if (!Array.isArray(document.actions) || document.actions.length === 0) {
    throw SpecError.single(
      { file: overlay.path, pointer: "/actions", ...overlay.locate("/actions"), message: "has no `actions` list" },
      "Add at least one action with a `target` JSONPath and an `update` or `remove: true`.",
    );
  }
  const problems: SpecProblem[] = [];
  document.actions.forEach((action, index) => {
    const reason = actionShapeProblem(action);
    if (reason) problems.push(actionProblem(overlay, index, reason));
  });
  if (problems.length > 0)
    throw new SpecError(problems, "Fix the overlay action as described (see the OpenAPI Overlay 1.0 specification).");
  return document.actions as OverlayAction[];
}

function actionShapeProblem(action: unknown): string | undefined {
  if (typeof action !== "object" || action === null) return "an action must be a mapping";
  const { target, update, remove } = action as Partial<OverlayAction>;
  if (typeof target !== "string" || !target.startsWith("$")) return "`target` must be a JSONPath starting with `$`";
  if (update === undefined && remove !== true) return "an action needs `update` or `remove: true`";
  return undefined;
}

function actionProblem(overlay: SourceFile, index: number, message: string): SpecProblem {
  const pointer = `/actions/${index}`;
  return { file: overlay.path, pointer, ...overlay.locate(pointer), message: `action ${index + 1}: ${message}` };
}
