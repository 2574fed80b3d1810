// Emit stage: the model becomes the map of output files (path → content). Nothing touches disk here.
import type { GenerateConfig } from "../config.ts";
import type { ApiModel } from "../model/api-model.ts";
import type { WarningGroup } from "../spec-error.ts";
import type { CacheUse } from "../write/cache-file.ts";
import { OutputFiles } from "../write/output-files.ts";
import type { Declaration } from "./code/declaration.ts";
import { printSource } from "./code/print-source.ts";
import { buildClient } from "./emit-client.ts";
import { buildOperations } from "./emit-operations.ts";
import { buildTypes } from "./emit-types.ts";
import { buildWebhooks, hasEventMap } from "./emit-webhooks.ts";
import { fileHeader, type HeaderInfo } from "./file-header.ts";
import { runWarnings } from "./run-warnings.ts";
import { DEFAULT_RUNTIME_IMPORT } from "./runtime-imports.ts";
import type { CompiledValidators } from "./validators/compile-validators.ts";
import { buildValidators } from "./validators/emit-validators.ts";

/** What one run generated, as recorded in manifest.json and printed in the summary line. */
export interface OutputCounts {
  readonly operations: number;
  readonly schemas: number;
  /** Precompiled validators: one per name validate() accepts. */
  readonly validators: number;
  /** Operations under OpenAPI 3.1 `webhooks:` (absent in manifests written before they were modelled). */
  readonly webhooks?: number;
}

export interface RenderedOutputs {
  /** Output path → content, each file's digest on its way. */
  readonly files: OutputFiles;
  readonly counts: OutputCounts;
  readonly warnings: WarningGroup[];
  /** How many validators were taken from the cache rather than compiled anew. */
  readonly reuse: { readonly validatorsReused: number };
}

export interface ValidatorSource {
  /** The validator worker's result, when it ran (see validators/validator-job.ts). */
  readonly precompiled?: Promise<CompiledValidators>;
  /** The validator cache, when the validators are compiled here (no worker). */
  readonly entryCache?: CacheUse;
}

export async function renderOutputs(
  model: ApiModel,
  config: GenerateConfig,
  header: HeaderInfo,
  source: ValidatorSource = {},
): Promise<RenderedOutputs> {
  const ext = config.importExtension;
  const runtime = config.runtimeImport ?? DEFAULT_RUNTIME_IMPORT;
  const banner = fileHeader(header);
  const files = new OutputFiles();
  const print = (path: string, declarations: readonly Declaration[]) =>
    files.set(path, printSource(banner, declarations));

  const types = buildTypes(model);
  print("types.ts", types.declarations);
  print("operations.ts", buildOperations(model, runtime));
  print(
    "client.ts",
    buildClient(model, types.operationTypes, {
      runtime,
      operations: `./operations${ext}`,
      validators: `./validators${ext}`,
      types: `./types${ext}`,
    }),
  );

  // What does not need the validators is made before waiting for the validator worker's result.
  const webhooks = hasEventMap(model) && buildWebhooks(model, types.webhookTypes, `./types${ext}`);
  const warnings = runWarnings(model, config);
  const validators = await addValidators(model, types, config, { files, banner, print, header }, source);

  if (webhooks) print("webhooks.ts", webhooks);
  if (config.openapiTypescript) await addOpenapiTypescript(model, files, banner, ext);
  return {
    files,
    counts: outputCounts(model, validators.count),
    warnings,
    reuse: { validatorsReused: validators.reusedCount },
  };
}

function outputCounts(model: ApiModel, validators: number): OutputCounts {
  return {
    operations: model.operations.length,
    schemas: model.schemas.length,
    validators,
    ...(model.webhooks.length > 0 ? { webhooks: model.webhooks.length } : {}),
  };
}

interface Output {
  readonly files: OutputFiles;
  readonly banner: string;
  /** What the banner says (the generator and the inputs): the in-process validator job prints its own. */
  readonly header: HeaderInfo;
  readonly print: (path: string, declarations: readonly Declaration[]) => void;
}

/**
 * validators.ts, and the precompiled code it imports: validators.compiled.js with its .d.ts, or (with
 * compiledValidators ".ts") validators.compiled.ts, which an ordinary tsc build compiles like any
 * other source; it is ajv's JavaScript, so it is not type-checked.
 */
async function addValidators(
  model: ApiModel,
  types: ReturnType<typeof buildTypes>,
  config: GenerateConfig,
  output: Output,
  source: ValidatorSource,
) {
  const ext = config.importExtension;
  const runtime = config.runtimeImport ?? DEFAULT_RUNTIME_IMPORT;
  const asTs = config.compiledValidators === ".ts";
  const compiled = asTs ? `./validators.compiled${ext}` : "./validators.compiled.js";
  const validators = buildValidators(
    validatorTypeNames(model, types),
    { runtime, compiled, types: `./types${ext}`, facade: `./validators${ext}`, compiledDeclared: !asTs },
    (await source.precompiled) ?? (await compileInProcess(model, config, source.entryCache, output.header)),
    model.schemas,
  );
  if (asTs) {
    output.files.set("validators.compiled.ts", validators.compiledJs, validators.compiledJsSha256);
  } else {
    output.files.set("validators.compiled.js", validators.compiledJs, validators.compiledJsSha256);
    output.print("validators.compiled.d.ts", validators.compiledDts);
  }
  output.print("validators.ts", validators.facade);
  return validators;
}

/** Without the validator worker (a small spec), the validators are compiled here; ajv is loaded only then. */
async function compileInProcess(
  model: ApiModel,
  config: GenerateConfig,
  entryCache: CacheUse | undefined,
  header: HeaderInfo,
) {
  const { compileModelValidators, validatorJobData } = await import("./validators/validator-job.ts");
  const data = validatorJobData(config, entryCache, header.generator);
  const { compiled, writeCache } = await compileModelValidators(model, data, header.inputs);
  writeCache();
  return compiled;
}

function validatorTypeNames(model: ApiModel, types: ReturnType<typeof buildTypes>): Map<string, string> {
  const { operationTypes, webhookTypes } = types;
  const names = new Map(model.schemas.map((schema) => [schema.name, schema.typeName]));
  for (const [webhook, typeName] of webhookTypes)
    if (webhook.validatorName && !names.has(webhook.validatorName)) names.set(webhook.validatorName, typeName);
  for (const operation of model.operations) {
    for (const response of operation.responses) {
      const typeName = operationTypes.get(operation)?.responses.get(response.status);
      if (response.validatorName && typeName && !names.has(response.validatorName))
        names.set(response.validatorName, typeName);
    }
  }
  return names;
}

async function addOpenapiTypescript(
  model: ApiModel,
  files: Map<string, string>,
  banner: string,
  ext: string,
): Promise<void> {
  // openapi-typescript (and TypeScript with it) takes about half a second to load: only when asked for.
  const { renderOpenapiTypescript, renderOracleCheck } = await import("./emit-openapi-typescript.ts");
  for (const spec of model.specs.filter((candidate) => candidate.version !== "json-schema")) {
    files.set(`openapi-typescript/${spec.name}.ts`, `${banner}${await renderOpenapiTypescript(spec)}`);
  }
  files.set(
    "openapi-typescript/oracle-check.ts",
    `${banner}${renderOracleCheck(model, `../types${ext}`, (spec) => `./${spec.name}${ext}`)}`,
  );
}
