// Only OpenAPI 3.0 and 3.1 are generated; anything else is refused before swagger-parser sees it,
// so the message can say what the document is and what to do about it.

import { isPlainObject } from "../../core/plain-object.ts";
import type { SourceFile } from "../load/read-source.ts";
import { SpecError } from "../spec-error.ts";

export type OpenApiMajorMinor = "3.0" | "3.1";

export function checkOpenApiVersion(document: unknown, source: SourceFile): OpenApiMajorMinor {
  const fail = (pointer: string, message: string, hint: string): never => {
    throw SpecError.single({ file: source.path, pointer, ...source.locate(pointer), message }, hint);
  };
  if (!isPlainObject(document)) {
    return fail(
      "",
      "is not an OpenAPI document (the top level must be a mapping)",
      "Pass an OpenAPI 3.0/3.1 document.",
    );
  }
  const root = document as Record<string, unknown>;
  if ("swagger" in root) {
    return fail(
      "/swagger",
      `is Swagger ${String(root.swagger)}, which is not supported`,
      "Convert it to OpenAPI 3 first, e.g. `npx swagger2openapi in.yml -o out.yml`.",
    );
  }
  const version = root.openapi;
  if (typeof version !== "string") {
    const seen = version === undefined ? "is missing" : `is ${JSON.stringify(version)} (not a string)`;
    return fail(
      "/openapi",
      `the \`openapi\` version ${seen}`,
      "Set `openapi: 3.0.3` or `openapi: 3.1.0` (quote it in YAML so it stays a string).",
    );
  }
  const match = /^3\.([01])\.\d+$/.exec(version);
  if (!match)
    return fail(
      "/openapi",
      `OpenAPI version ${version} is not supported`,
      "This tool generates from OpenAPI 3.0.x and 3.1.x documents.",
    );
  const majorMinor: OpenApiMajorMinor = match[1] === "0" ? "3.0" : "3.1";
  const hasPaths = typeof root.paths === "object" && root.paths !== null;
  if (majorMinor === "3.0" && !hasPaths)
    return fail(
      "",
      "has no `paths` object, which OpenAPI 3.0 requires",
      "Add `paths: {}` (or the operations) at the top level.",
    );
  return majorMinor;
}
