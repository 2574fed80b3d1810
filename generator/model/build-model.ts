// Model stage: turns resolved specs into the ApiModel the emitters share: named component schemas,
// and operations with their parameters (style/explode defaults applied), bodies and responses.
import { escapePointerToken } from "../../core/json-pointer.ts";
import { isPlainObject } from "../../core/plain-object.ts";
import type { HttpMethod, WireProfile } from "../../runtime/operation.ts";
import type { LoadedJsonSchema } from "../load/load-inputs.ts";
import type { SourceFile } from "../load/read-source.ts";
import type { ResolvedSpec } from "../resolve/validate-and-bundle.ts";
import { SpecError, type SpecProblem } from "../spec-error.ts";
import {
  type ApiModel,
  type NamedSchema,
  type OperationModel,
  PATH_ITEM_METHODS,
  type SchemaObject,
  type SpecModel,
} from "./api-model.ts";
import { buildOperation } from "./build-operation.ts";
import { collectWebhooks } from "./build-webhooks.ts";
import { collectEvents } from "./event-catalog.ts";
import { NameRegistry, TYPES_FILE_GLOBALS, toMemberName, toTypeName } from "./names.ts";
import { assertNoRefLoops } from "./ref-loops.ts";
import { derefValue, refPointer } from "./refs.ts";
import { profileForServer } from "./wire-profile.ts";

export interface NamedSpec {
  readonly name: string;
  readonly resolved: ResolvedSpec;
}

/** The wire profile each spec's config asks for, by spec name; a spec without one is chosen by its server URL. */
export type ProfileChoices = ReadonlyMap<string, WireProfile | undefined>;

export function buildModel(
  inputs: readonly NamedSpec[],
  jsonSchemas: readonly LoadedJsonSchema[] = [],
  profiles: ProfileChoices = new Map(),
): ApiModel {
  for (const { resolved } of inputs) assertNoRefLoops(resolved.document, resolved.source);
  const specs = inputs.map(({ name, resolved }) => toSpecModel(name, resolved, profiles.get(name)));
  const typeNames = new NameRegistry(TYPES_FILE_GLOBALS);
  const schemas = specs.flatMap((spec) => collectSchemas(spec, typeNames));
  const jsonSchemaSpecs = jsonSchemas.map((input) => jsonSchemaModel(input, typeNames));
  schemas.push(...jsonSchemaSpecs.map(({ schema }) => schema));
  const index = new Map(schemas.map((schema) => [schemaKey(schema.spec, schema.ref), schema]));
  const schemaByRef = (spec: SpecModel, ref: string) => index.get(schemaKey(spec, ref));
  const operations = collectOperations(specs, inputs, typeNames, schemaByRef);
  const webhooks = collectWebhooks(specs, typeNames, schemaByRef);
  const sources = new Map(
    [...inputs.map(({ resolved }) => resolved.source), ...jsonSchemas.map(({ source }) => source)].map((source) => [
      source.path,
      source,
    ]),
  );
  const events = collectEvents(schemas, sources);
  const allSpecs = [...specs, ...jsonSchemaSpecs.map(({ spec }) => spec)];
  const warnings = inputs.flatMap(({ resolved }) => resolved.warnings);
  return { specs: allSpecs, schemas, operations, webhooks, events, schemaByRef, warnings };
}

/** A JSON Schema document is modelled as a spec with one named schema: its root ("#"). */
function jsonSchemaModel(
  { name, source }: LoadedJsonSchema,
  typeNames: NameRegistry,
): { spec: SpecModel; schema: NamedSchema } {
  const document = source.data;
  if (!isPlainObject(document)) {
    throw SpecError.single(
      { file: source.path, pointer: "", message: "is not a JSON Schema (the top level must be an object)" },
      "Pass a JSON Schema 2020-12 document.",
    );
  }
  const root = document as Record<string, unknown>;
  const dialect = root.$schema;
  if (dialect !== undefined && dialect !== "https://json-schema.org/draft/2020-12/schema") {
    throw SpecError.single(
      {
        file: source.path,
        pointer: "/$schema",
        ...source.locate("/$schema"),
        message: `declares ${String(dialect)}; only JSON Schema 2020-12 is supported`,
      },
      'Set "$schema": "https://json-schema.org/draft/2020-12/schema".',
    );
  }
  const spec: SpecModel = {
    name,
    file: source.path,
    version: "json-schema",
    document: root,
    serverUrl: "",
    apiVersion: "",
    profile: "openapi",
    locate: source.locate,
  };
  const title = typeof root.title === "string" ? root.title : name.replace(/\.json$/i, "");
  return { spec, schema: { name, typeName: typeNames.claim(toTypeName(title)), spec, ref: "#", schema: root } };
}

/** Refs may spell the same pointer differently ("%20" vs " "), so keys use the decoded form. */
function schemaKey(spec: SpecModel, ref: string): string {
  return `${spec.name}\u0000${ref.startsWith("#") ? refPointer(ref) : ref}`;
}

function toSpecModel(
  name: string,
  { source, version, document, formatUses }: ResolvedSpec,
  profile?: WireProfile,
): SpecModel {
  const servers = document.servers as { url?: unknown }[] | undefined;
  const url = typeof servers?.[0]?.url === "string" ? servers[0].url : "";
  const info = document.info as { version?: unknown } | undefined;
  const serverUrl = url.replace(/\/+$/, "");
  return {
    name,
    file: source.path,
    version,
    document,
    serverUrl,
    apiVersion: String(info?.version ?? ""),
    profile: profile ?? profileForServer(serverUrl),
    locate: source.locate,
    formatUses,
  };
}

function collectSchemas(spec: SpecModel, typeNames: NameRegistry): NamedSchema[] {
  const components = spec.document.components as { schemas?: Record<string, SchemaObject | boolean> } | undefined;
  return Object.entries(components?.schemas ?? {}).map(([name, schema]) => ({
    name,
    typeName: typeNames.claim(toTypeName(name)),
    spec,
    ref: `#/components/schemas/${escapePointerToken(name)}`,
    schema,
  }));
}

interface OperationCollector {
  readonly typeNames: NameRegistry;
  /** The runtime client has its own members (RuntimeClient); operations may not shadow them. */
  readonly memberNames: NameRegistry;
  readonly schemaByRef: ApiModel["schemaByRef"];
  /** Where each operationId was first used, to name it when a later operation repeats it. */
  readonly firstSeen: Map<string, { spec: SpecModel; pointer: string }>;
  readonly operations: OperationModel[];
  readonly problems: SpecProblem[];
}

interface OperationPlace {
  readonly spec: SpecModel;
  readonly source: SourceFile;
  readonly path: string;
  readonly pathItem: Record<string, unknown>;
  readonly method: (typeof PATH_ITEM_METHODS)[number];
}

function collectOperations(
  specs: readonly SpecModel[],
  inputs: readonly NamedSpec[],
  typeNames: NameRegistry,
  schemaByRef: ApiModel["schemaByRef"],
): OperationModel[] {
  const collector: OperationCollector = {
    typeNames,
    memberNames: new NameRegistry(["paginate", "withResponse", "rawRequest", "lastResponse"]),
    schemaByRef,
    firstSeen: new Map(),
    operations: [],
    problems: [],
  };
  specs.forEach((spec, specIndex) => {
    const source = inputs[specIndex]!.resolved.source;
    const paths = (spec.document.paths ?? {}) as Record<string, unknown>;
    for (const [path, item] of Object.entries(paths)) {
      // A Path Item may be a $ref (to components.pathItems in 3.1): its operations count as well.
      const pathItem = derefValue(spec.document, item) as Record<string, unknown>;
      for (const method of PATH_ITEM_METHODS) collectOperation(collector, { spec, source, path, pathItem, method });
    }
  });
  if (collector.problems.length > 0)
    throw new SpecError(
      collector.problems,
      "Give every operation a unique operationId (client method names come from them).",
    );
  return collector.operations;
}

function collectOperation(collector: OperationCollector, place: OperationPlace): void {
  const { spec, source, path, pathItem, method } = place;
  const operation = pathItem?.[method] as Record<string, unknown> | undefined;
  if (!operation) return;
  const pointer = `/paths/${escapePointerToken(path)}/${method}`;
  const operationId = typeof operation.operationId === "string" ? operation.operationId : `${method} ${path}`;
  const earlier = collector.firstSeen.get(operationId);
  if (earlier) {
    collector.problems.push({
      file: source.path,
      pointer: `${pointer}/operationId`,
      ...source.locate(`${pointer}/operationId`),
      message: `operationId "${operationId}" is also used at ${earlier.spec.file} #${earlier.pointer}`,
    });
    return;
  }
  collector.firstSeen.set(operationId, { spec, pointer });
  const memberName = collector.memberNames.claim(toMemberName(operationId));
  const typePrefix = collector.typeNames.claim(toTypeName(memberName));
  collector.operations.push(
    buildOperation({
      spec,
      path,
      pathItem,
      operation,
      method: method.toUpperCase() as HttpMethod,
      operationId,
      memberName,
      typePrefix,
      pointer,
      schemaByRef: collector.schemaByRef,
    }),
  );
}
