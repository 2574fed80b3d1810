// validators.compiled.js (+ its .d.ts) and the typed facade validators.ts. Every component schema
// and every response body gets a precompiled validator, keyed by the name validate() accepts.

import { escapePointerToken } from "../../../core/json-pointer.ts";
import type { ValidatorSelection } from "../../config.ts";
import type { ApiModel, NamedSchema, SpecModel } from "../../model/api-model.ts";
import { SpecError } from "../../spec-error.ts";
import type { Declaration } from "../code/declaration.ts";
import { reference } from "../code/type-node.ts";
import type { CompiledValidators, ValidatorDocument } from "./compile-validators.ts";
import { reachableSchemaNames } from "./reachable-schemas.ts";
import { copyRefTargets } from "./ref-targets.ts";
import { translateSchema } from "./translate-schema.ts";
import { registryDeclarations } from "./validator-registry.ts";
import { facadeDeclarations, type ValidatorImports, type ValidatorTypes } from "./validators-facade.ts";

export interface ValidatorOutputs {
  compiledJs: string;
  /** SHA-256 of compiledJs, when the validator worker made it. */
  compiledJsSha256?: string;
  /** validators.compiled.d.ts: each export with the validator name it checks, and the registry of them all. */
  compiledDts: Declaration[];
  facade: Declaration[];
  /** Number of validators, one per name validate() accepts. */
  count: number;
  /** How many entries were compiled in this run rather than reused. */
  reusedCount: number;
}

const ID_BASE = "https://stripe-events-contract.invalid/schemas/";

/**
 * What gets compiled: one JSON Schema document per spec, with the validator name of each entry;
 * with "reachable", only the component schemas reachable-schemas.ts finds are entries.
 */
export function validatorDocuments(model: ApiModel, selection: ValidatorSelection = "all"): ValidatorDocument[] {
  const documents = model.specs.map((spec) => validatorDocument(model, spec, selection));
  assertUniqueNames(documents);
  return documents;
}

/** `compiled` comes from the validator worker when it ran (see validator-job.ts), or from compiling in-process. */
export function buildValidators(
  types: ValidatorTypes,
  imports: ValidatorImports,
  compiled: CompiledValidators,
  schemas: readonly NamedSchema[],
): ValidatorOutputs {
  const { code, exportNames } = compiled;
  const names = [...exportNames.keys()];
  // Component schemas left without a validator ("reachable"); none with "all".
  const unreachable = schemas.map((schema) => schema.name).filter((name) => !exportNames.has(name));
  const compiledDts: Declaration[] = [
    { kind: "import", typeOnly: true, from: imports.runtime, names: [{ name: "CompiledValidator" }] },
    { kind: "import", typeOnly: true, from: imports.facade, names: [{ name: "SchemaName" }] },
    ...[...exportNames].map(
      ([name, exportName]): Declaration => ({
        kind: "const",
        name: exportName,
        exported: true,
        docs: [`The precompiled validator of \`${name}\` (validate(${JSON.stringify(name)}, data) in validators.ts).`],
        type: reference("CompiledValidator"),
      }),
    ),
    ...registryDeclarations(),
  ];
  return {
    compiledJs: code,
    compiledJsSha256: compiled.codeSha256,
    compiledDts,
    facade: facadeDeclarations({ names, unreachable }, types, imports),
    count: names.length,
    reusedCount: compiled.reusedCount,
  };
}

function validatorDocument(model: ApiModel, spec: SpecModel, selection: ValidatorSelection): ValidatorDocument {
  if (spec.version === "json-schema") return jsonSchemaDocument(spec);
  const dialect = spec.version;
  const entries = new Map<string, string>();
  // Entries + fromEntries rather than assignment: a schema named "__proto__" must stay a key.
  const components: [string, unknown][] = [];
  const reachable = selection === "reachable" ? reachableSchemaNames(model, spec) : undefined;
  for (const named of model.schemas.filter((schema) => schema.spec === spec)) {
    if (reachable !== undefined && !reachable.has(named.name)) continue;
    components.push([named.name, translateSchema(named.schema, dialect)]);
    entries.set(named.name, `/components/schemas/${escapePointerToken(named.name)}`);
  }
  const inline: [string, unknown][] = [];
  for (const operation of model.operations.filter((candidate) => candidate.spec === spec)) {
    for (const response of operation.responses) {
      if (response.validatorName === undefined || entries.has(response.validatorName)) continue;
      inline.push([response.validatorName, translateSchema(response.schema, dialect)]);
      entries.set(response.validatorName, `/$defs/${escapePointerToken(response.validatorName)}`);
    }
  }
  for (const webhook of model.webhooks.filter((candidate) => candidate.spec === spec)) {
    if (webhook.validatorName === undefined || entries.has(webhook.validatorName)) continue;
    inline.push([webhook.validatorName, translateSchema(webhook.requestBody?.schema, dialect)]);
    entries.set(webhook.validatorName, `/$defs/${escapePointerToken(webhook.validatorName)}`);
  }
  const id = `${ID_BASE}${encodeURIComponent(spec.name)}`;
  const document = {
    $id: id,
    components: { schemas: Object.fromEntries(components) },
    $defs: Object.fromEntries(inline),
  };
  copyRefTargets(document, spec.document, dialect);
  return { id, file: spec.file, document, entries };
}

/** A standalone JSON Schema document: one entry, its root (asked for by name, so always compiled). */
function jsonSchemaDocument(spec: SpecModel): ValidatorDocument {
  const id = typeof spec.document.$id === "string" ? spec.document.$id : `${ID_BASE}${encodeURIComponent(spec.name)}`;
  return {
    id,
    file: spec.file,
    document: { ...(translateSchema(spec.document, "json-schema") as object), $id: id },
    entries: new Map([[spec.name, ""]]),
  };
}

function assertUniqueNames(documents: readonly ValidatorDocument[]): void {
  const owner = new Map<string, string>();
  for (const document of documents) {
    for (const name of document.entries.keys()) {
      const earlier = owner.get(name);
      if (earlier !== undefined) {
        throw SpecError.single(
          {
            file: document.file,
            pointer: document.entries.get(name),
            message: `schema name "${name}" is also defined in ${earlier}`,
          },
          "Rename one of the two schemas: validator names must be unique across the specs of one run.",
        );
      }
      owner.set(name, document.file);
    }
  }
}
