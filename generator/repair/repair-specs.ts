// Repair stage: each loaded spec with its overlays applied, in order (each overlay sees what the ones
// before it made). The overlays work on a copy, so the document as read stays what error locations
// point into.
import type { LoadedSpec } from "../load/load-inputs.ts";

export interface RepairedSpec extends LoadedSpec {
  /** The spec's document after its overlays (the loaded document itself when it has none). */
  readonly document: unknown;
}

export async function repairSpecs(specs: readonly LoadedSpec[]): Promise<RepairedSpec[]> {
  if (specs.every((spec) => spec.overlays.length === 0))
    return specs.map((spec) => ({ ...spec, document: spec.source.data }));
  // openapi-format is large: loaded only when a spec has an overlay.
  const { applyOverlay } = await import("./apply-overlay.ts");
  return Promise.all(
    specs.map(async (spec) => {
      let document = spec.source.data;
      for (const overlay of spec.overlays) document = await applyOverlay(document, overlay);
      return { ...spec, document };
    }),
  );
}
