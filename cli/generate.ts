// `generate`: flags → GenerateConfig → pipeline, with a one-line summary and the time taken.

import { resolve } from "node:path";
import {
  checkFormatPatterns,
  DEFAULT_CACHE_DIR,
  type GenerateConfig,
  loadProjectConfig,
  overlaysOf,
  type SpecInput,
  VALIDATOR_SELECTIONS,
  type ValidatorSelection,
  WIRE_PROFILES,
} from "../generator/config.ts";
import { displayPath } from "../generator/load/read-source.ts";
import { describeUnmodelled } from "../generator/model/unmodelled.ts";
import { type GenerateResult, reusesValidatorCache } from "../generator/pipeline.ts";
import { runWithBudget } from "../generator/run-with-budget.ts";
import { formatWarnings, SHOWN_PROBLEMS } from "../generator/spec-error.ts";
import type { WireProfile } from "../runtime/operation.ts";
import { type Command, parseCommandArgs, printHelp, UsageError, withHelp } from "./command.ts";
import { tuneV8ForRun } from "./v8-tuning.ts";

const HELP = `Usage: stripe-events-contract generate --spec <file> [--overlay <file>] [--json-schema <file>] --out <dir> [options]
       stripe-events-contract generate [--check]      (reads stripe-events-contract.config.json)

Generates types.ts, client.ts, operations.ts and precompiled validators from OpenAPI 3.0/3.1 specs.

Options:
  --spec <file>            OpenAPI 3.0/3.1 spec (YAML or JSON); repeat for several specs
  --overlay <file>         OpenAPI Overlay 1.0 file applied to the --spec before it; repeat to layer
                           several (applied in order, each on the result of the ones before)
  --json-schema <file>     JSON Schema 2020-12 document to generate a type and validator for; repeatable
  --out <dir>              output folder (replaced as a whole; a failed run leaves it untouched)
  --check                  write nothing; exit 1 and name the stale files if the output is out of date
  --force                  ignore the caches and regenerate everything
  --cache-dir <dir>        folder of the validator cache that makes a run after a spec update compile only
                           what changed (default: ${DEFAULT_CACHE_DIR}; config "cacheDir", false for none)
  --allow-remote-refs      resolve http(s) $refs (refused by default; no network is touched otherwise)
  --openapi-typescript     also emit openapi-typescript's paths/components and the oracle check
  --strict                 refuse the invalid constructs that are otherwise read with a warning
                           (\`type: "null"\` in 3.0, \`schema: null\`, siblings beside \`$ref\`, …)
  --format <name>=<regex>  check values of a format the validators do not know against a pattern; repeatable
  --ignore-format <name>   accept values of an unknown format unchecked, without a warning; repeatable
  --all                    list every problem and warning (by default the first ${SHOWN_PROBLEMS} of each list)
  --import-extension <ext> .js (default) or .ts, used in imports between generated files
  --runtime-import <spec>  module specifier of the runtime (default: stripe-events-contract/runtime)
  --compiled-validators <ext>  .js (default: validators.compiled.js + .d.ts, fastest to type-check) or .ts
                           (validators.compiled.ts, which an ordinary tsc build compiles without allowJs)
  --validators <which>     all (default): a validator for every component schema; reachable: only for those
                           an operation, webhook or event reaches (validate() of another name throws)
  --profile <name>         how the client talks to the API: stripe or openapi (default: stripe when the
                           spec's server is api.stripe.com, openapi otherwise); applies to every --spec
  --timeout <seconds>      give up after this long; runs the generator in a worker with a memory cap
  --debug                  print stack traces
  --help                   show this help`;

export const command: Command = async (args) => {
  const { values, tokens } = parseCommandArgs({
    args,
    tokens: true,
    options: withHelp({
      spec: { type: "string", multiple: true },
      overlay: { type: "string", multiple: true },
      "json-schema": { type: "string", multiple: true },
      out: { type: "string" },
      check: { type: "boolean" },
      force: { type: "boolean" },
      "cache-dir": { type: "string" },
      "allow-remote-refs": { type: "boolean" },
      "openapi-typescript": { type: "boolean" },
      strict: { type: "boolean" },
      format: { type: "string", multiple: true },
      "ignore-format": { type: "string", multiple: true },
      all: { type: "boolean" },
      "import-extension": { type: "string" },
      "runtime-import": { type: "string" },
      "compiled-validators": { type: "string" },
      validators: { type: "string" },
      profile: { type: "string" },
      timeout: { type: "string" },
    }),
  }) as unknown as { values: Record<string, unknown>; tokens: { kind: string; name?: string; value?: string }[] };
  if (values.help) return printHelp(HELP);
  const config = values.spec
    ? configFromFlags(values, tokens)
    : withFlagOverrides(loadProjectConfig(process.cwd()), values);
  const started = performance.now();
  const request = { config, check: values.check === true, useCache: values.force !== true };
  tuneV8ForRun(reusesValidatorCache(request));
  const result = await runWithBudget(request, parseTimeout(values.timeout));
  const warnings = formatWarnings(result.warnings, { all: values.all === true });
  if (warnings !== "") console.error(warnings);
  return report(result, config, (performance.now() - started) / 1000);
};

function configFromFlags(
  values: Record<string, unknown>,
  tokens: { kind: string; name?: string; value?: string }[],
): GenerateConfig {
  if (typeof values.out !== "string") throw new UsageError("--out <dir> is required with --spec");
  const extension = values["import-extension"] ?? ".js";
  if (extension !== ".js" && extension !== ".ts") throw new UsageError("--import-extension must be .js or .ts");
  return {
    specs: withProfile(pairOverlays(tokens), values),
    jsonSchemas: ((values["json-schema"] as string[] | undefined) ?? []).map((file) => ({ file: resolve(file) })),
    out: resolve(values.out),
    allowRemoteRefs: values["allow-remote-refs"] === true,
    openapiTypescript: values["openapi-typescript"] === true,
    importExtension: extension,
    runtimeImport: values["runtime-import"] as string | undefined,
    strict: values.strict === true,
    ...formatFlags(values, {}, []),
    ...compiledValidatorsFlag(values),
    ...validatorsFlag(values),
    cacheDir: resolve(typeof values["cache-dir"] === "string" ? values["cache-dir"] : DEFAULT_CACHE_DIR),
  };
}

/** Each --overlay applies to the --spec given before it; several apply in the order given. */
function pairOverlays(tokens: { kind: string; name?: string; value?: string }[]): SpecInput[] {
  const specs: SpecInput[] = [];
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (token.name === "spec") specs.push({ spec: resolve(token.value!) });
    if (token.name === "overlay") {
      const last = specs.at(-1);
      if (!last) throw new UsageError("--overlay must follow the --spec it repairs");
      last.overlay = [...overlaysOf(last), resolve(token.value!)];
    }
  }
  return specs;
}

/** --profile, when given, applies to every spec. */
function withProfile(specs: SpecInput[], values: Record<string, unknown>): SpecInput[] {
  const profile = values.profile;
  if (profile === undefined) return specs;
  if (!WIRE_PROFILES.includes(profile as WireProfile))
    throw new UsageError(`--profile must be stripe or openapi, got ${JSON.stringify(profile)}`);
  return specs.map((input) => ({ ...input, profile: profile as WireProfile }));
}

function withFlagOverrides(config: GenerateConfig, values: Record<string, unknown>): GenerateConfig {
  return {
    ...config,
    specs: withProfile(config.specs, values),
    out: typeof values.out === "string" ? resolve(values.out) : config.out,
    allowRemoteRefs: config.allowRemoteRefs || values["allow-remote-refs"] === true,
    strict: config.strict === true || values.strict === true,
    ...formatFlags(values, config.formats ?? {}, config.ignoreFormats ?? []),
    ...compiledValidatorsFlag(values),
    ...validatorsFlag(values),
    ...(typeof values["cache-dir"] === "string" ? { cacheDir: resolve(values["cache-dir"]) } : {}),
  };
}

/** --format name=regex and --ignore-format name, added to what the config says. */
function formatFlags(
  values: Record<string, unknown>,
  formats: Readonly<Record<string, string>>,
  ignoreFormats: readonly string[],
): Pick<GenerateConfig, "formats" | "ignoreFormats"> {
  const given: Record<string, string> = { ...formats };
  for (const flag of (values.format as string[] | undefined) ?? []) {
    const equals = flag.indexOf("=");
    if (equals <= 0) throw new UsageError(`--format takes <name>=<regex>, e.g. --format 'guid=^[0-9a-f-]{36}$'`);
    given[flag.slice(0, equals)] = flag.slice(equals + 1);
  }
  return {
    formats: checkFormatPatterns(given, (message) => new UsageError(`--format ${message}`)),
    ignoreFormats: [...ignoreFormats, ...((values["ignore-format"] as string[] | undefined) ?? [])],
  };
}

function compiledValidatorsFlag(values: Record<string, unknown>): Pick<GenerateConfig, "compiledValidators"> {
  const value = values["compiled-validators"];
  if (value === undefined) return {};
  if (value !== ".ts" && value !== ".js") throw new UsageError("--compiled-validators must be .ts or .js");
  return { compiledValidators: value };
}

function validatorsFlag(values: Record<string, unknown>): Pick<GenerateConfig, "validators"> {
  const value = values.validators;
  if (value === undefined) return {};
  if (!VALIDATOR_SELECTIONS.includes(value as ValidatorSelection))
    throw new UsageError(`--validators must be all or reachable, got ${JSON.stringify(value)}`);
  return { validators: value as ValidatorSelection };
}

/** "; 1116 validators reused from the cache" when the cache saved work. */
function reused(result: GenerateResult): string {
  const validators = result.validatorsReused ?? 0;
  return validators === 0 ? "" : `; ${validators} validators reused from the cache`;
}

function parseTimeout(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError("--timeout takes a number of seconds, e.g. --timeout 30");
  return seconds;
}

function report(result: GenerateResult, config: GenerateConfig, seconds: number): number {
  const out = displayPath(config.out);
  const time = `${seconds.toFixed(2)} s`;
  const webhooks = result.webhooks ? `, ${result.webhooks} webhooks` : "";
  const counts = `${result.operations} operations, ${result.schemas} schemas, ${result.validators} validators${webhooks}`;
  const unmodelled = result.unmodelled.length > 0 ? `; not modelled: ${describeUnmodelled(result.unmodelled)}` : "";
  switch (result.status) {
    case "written":
      console.log(
        `Generated ${result.files.length} files in ${out}/ (${counts}) in ${time}${reused(result)}${unmodelled}.`,
      );
      return 0;
    case "unchanged":
      console.log(`${out}/ is already up to date with its specs (${counts}); nothing to do (${time})${unmodelled}.`);
      return 0;
    case "up-to-date":
      console.log(`${out}/ matches its specs (${result.files.length} files checked in ${time}).`);
      return 0;
    case "stale":
      console.error(`${out}/ is out of date with its specs (${time}):`);
      for (const file of result.stale) console.error(`  ${out}/${file.path}: ${file.reason}`);
      console.error("Run `npm run generate` (or the same generate command without --check) and commit the result.");
      return 1;
  }
}
