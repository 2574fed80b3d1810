// Small OpenAPI documents for tests that build their hostile input at run time (ports, symlinks,
// sizes that would be wasteful to commit).

/** An OpenAPI 3.0 spec with one component schema `target`, as YAML. */
export function specWithTargetSchema(targetSchemaYaml: string): string {
  return [
    "openapi: 3.0.3",
    "info: {title: built at test time, version: '1'}",
    "paths: {}",
    "components:",
    "  schemas:",
    `    target: ${targetSchemaYaml}`,
    "",
  ].join("\n");
}

/** An OpenAPI 3.0 spec as JSON with the given component schemas. */
export function specWithSchemas(schemas: Record<string, unknown>): string {
  return JSON.stringify({
    openapi: "3.0.3",
    info: { title: "built at test time", version: "1" },
    paths: {},
    components: { schemas },
  });
}
