// Repair stage: each loaded spec with its overlay applied. The overlay works on a copy, so the
// document as read stays what error locations point into.
import type { LoadedSpec } from "../load/load-inputs.ts";

export interface RepairedSpec extends LoadedSpec {
  /** The spec's document after its overlay (the loaded document itself when it has none). */
  readonly document: unknown;
}

export async function repairSpecs(specs: readonly LoadedSpec[]): Promise<RepairedSpec[]> {
  // openapi-format is large: loaded only once a run gets this far.
  const { applyOverlay } = await import("./apply-overlay.ts");
  return Promise.all(
    specs.map(async (spec) => ({
      ...spec,
      document: spec.overlay ? await applyOverlay(spec.source.data, spec.overlay) : spec.source.data,
    })),
  );
}
