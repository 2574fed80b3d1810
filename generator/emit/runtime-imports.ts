// Where generated code imports the runtime from. A module of its own, so the pipeline can name the
// validator worker's formats import without loading the emitters.

export const DEFAULT_RUNTIME_IMPORT = "stripe-events-contract/runtime";

/**
 * The compiled validators import only the runtime's formats module, not its index, so a consumer
 * who bundles just the validators does not pull in the HTTP client.
 */
export function formatsModule(runtimeImport: string): string {
  const index = /\/index\.(ts|js)$/.exec(runtimeImport);
  if (index) return `${runtimeImport.slice(0, index.index)}/formats.${index[1]}`;
  return `${runtimeImport}/formats`;
}
