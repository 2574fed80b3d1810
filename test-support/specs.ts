// Spec documents for tests: the project's own specs as plain data, and small OpenAPI documents
// built at test time around a few component schemas.
import type { GenerateConfig } from "../generator/config.ts";
import { readSource } from "../generator/load/read-source.ts";
import { loadRepairedSpecs } from "../generator/load-model.ts";
import type { Json } from "./json.ts";
import { repoPath, SPEC_FILES } from "./repo.ts";

/** The config of a run over one spec, with no config file: the runtime imported from its source, no openapi-typescript. */
export function oneSpecConfig(spec: string, out: string, overrides: Partial<GenerateConfig> = {}): GenerateConfig {
  return {
    specs: [{ spec }],
    jsonSchemas: [],
    out,
    allowRemoteRefs: false,
    openapiTypescript: false,
    importExtension: ".ts",
    runtimeImport: repoPath("runtime/index.ts"),
    ...overrides,
  };
}

/** A spec or schema file (YAML or JSON) as plain data, to read or edit. */
export function loadSpec(file: string): Json {
  return readSource(file).data as Json;
}

/** The supplied v1 spec with its repair overlay applied, as `generate` sees it. */
export async function repairedV1Spec(): Promise<Json> {
  const [v1] = await loadRepairedSpecs([{ spec: SPEC_FILES.v1, overlay: SPEC_FILES.v1Overlay }]);
  return v1!.document as Json;
}

export interface BuiltSpecOptions {
  /** Add GET /things (operationId listThings) answering 200 with the first schema. */
  readonly listOperation?: boolean;
  /** More top-level members, e.g. `servers` or a replacement `info`. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** A minimal valid OpenAPI 3.0 document around the given component schemas, as JSON text. */
export function specWithSchemas(schemas: Readonly<Record<string, unknown>>, options: BuiltSpecOptions = {}): string {
  return JSON.stringify({
    openapi: "3.0.3",
    info: { title: "built at test time", version: "1" },
    paths: options.listOperation ? listThings(Object.keys(schemas)[0]) : {},
    components: { schemas },
    ...options.extra,
  });
}

function listThings(schemaName: string | undefined): Record<string, unknown> {
  if (schemaName === undefined) throw new Error("specWithSchemas: listOperation needs at least one schema");
  const schema = { $ref: `#/components/schemas/${schemaName}` };
  const ok = { description: "ok", content: { "application/json": { schema } } };
  return { "/things": { get: { operationId: "listThings", responses: { "200": ok } } } };
}
