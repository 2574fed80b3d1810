// Test helper: the supplied v1 spec repaired with its overlay, and edited copies of it written
// to a temp folder, so each diff case runs through the same file-loading path as the CLI.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readSource } from "../../generator/load/read-source.ts";
import { loadRepairedSpecs } from "../../generator/load-model.ts";

const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");
export const V1_SPEC = join(ROOT, "specs/stripe-events-api-openapi.yml");
export const V1_OVERLAY = join(ROOT, "specs/stripe-events-api.overlay.yml");
export const V2_SPEC = join(ROOT, "specs/stripe-v2-core-events-openapi.yml");

// biome-ignore lint/suspicious/noExplicitAny: payloads built and mutated freely by tests and fixtures
export type SpecObject = Record<string, any>;

export async function repairedV1(): Promise<SpecObject> {
  const [v1] = await loadRepairedSpecs([{ spec: V1_SPEC, overlay: V1_OVERLAY }]);
  return v1!.document as SpecObject;
}

export function loadPlain(file: string): SpecObject {
  return readSource(file).data as SpecObject;
}

export interface TempFolder {
  write(name: string, spec: SpecObject): string;
  remove(): void;
}

export function tempFolder(): TempFolder {
  const folder = mkdtempSync(join(tmpdir(), "sec-diff-"));
  return {
    write(name, spec) {
      const file = join(folder, name);
      writeFileSync(file, JSON.stringify(spec, null, 2));
      return file;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
