// Load and repair every input of one run. Shared by the pipeline and the validator worker, which
// repeats these cheap steps so it can start compiling before swagger-parser has finished.
import { basename, extname, resolve } from "node:path";
import type { GenerateConfig } from "../config.ts";
import { readSource, type SourceFile } from "./read-source.ts";

export interface LoadedSpec {
  name: string;
  absolute: string;
  source: SourceFile;
  overlay?: SourceFile;
}

export interface LoadedSources {
  specs: LoadedSpec[];
  jsonSchemas: { name: string; source: SourceFile }[];
  all: SourceFile[];
}

export function loadSources(config: GenerateConfig): LoadedSources {
  const specs = config.specs.map((input) => ({
    name: safeName(input.name ?? basename(input.spec, extname(input.spec))),
    absolute: resolve(input.spec),
    source: readSource(input.spec),
    overlay: input.overlay ? readSource(input.overlay) : undefined,
  }));
  const jsonSchemas = config.jsonSchemas.map((input) => ({
    name: input.name ?? basename(input.file),
    source: readSource(input.file),
  }));
  const all = [
    ...specs.flatMap(({ source, overlay }) => (overlay ? [source, overlay] : [source])),
    ...jsonSchemas.map(({ source }) => source),
  ];
  return { specs, jsonSchemas, all };
}

export async function repairSpecs(specs: readonly LoadedSpec[]): Promise<(LoadedSpec & { data: unknown })[]> {
  const { applyOverlay } = await import("../repair/apply-overlay.ts");
  return Promise.all(
    specs.map(async (spec) => ({
      ...spec,
      data: spec.overlay ? await applyOverlay(spec.source.data, spec.overlay) : spec.source.data,
    })),
  );
}

/** File names are derived from spec names, so they may not climb out of the output folder. */
function safeName(name: string): string {
  const cleaned = name.replace(/[^\w.-]+/g, "-").replace(/^[.-]+/, "");
  return cleaned === "" ? "spec" : cleaned;
}
