// Nothing is dropped without a word: given a spec, want the sections the generator does not model,
// with how many definitions each has, as the summary line names them.
import { describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { NO_LINES } from "../load/locate-pointer.ts";
import { loadModel } from "../load-model.ts";
import type { SpecModel } from "../model/api-model.ts";
import { describeUnmodelled, unmodelledSections } from "../model/unmodelled.ts";

const specOf = (document: Record<string, unknown>, version: SpecModel["version"] = "3.1"): SpecModel => ({
  name: "spec",
  file: "spec.yml",
  profile: "openapi",
  version,
  document,
  serverUrl: "",
  apiVersion: "",
  locate: NO_LINES,
});

const operation = {
  servers: [{ url: "https://other.example" }],
  callbacks: { onEvent: { "{$request.body#/url}": { post: { responses: { "200": { description: "ok" } } } } } },
  responses: {
    "200": {
      description: "ok",
      headers: { "X-Rate-Limit": { schema: { type: "integer" } }, "X-Id": { schema: { type: "string" } } },
      links: { next: { operationId: "list" } },
    },
    "404": { $ref: "#/components/responses/NotFound" },
  },
};

describe("unmodelledSections", () => {
  it("counts each section's definitions, shared ones once", () => {
    const document = {
      paths: { "/a": { get: operation }, "/b": { $ref: "#/components/pathItems/B" } },
      webhooks: { created: { post: { responses: { "200": { description: "ok" } } } } },
      components: {
        pathItems: { B: { servers: [{ url: "https://b.example" }], get: { responses: {} } } },
        responses: { NotFound: { description: "gone", headers: { "X-Why": { schema: { type: "string" } } } } },
        securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      },
    };
    const sections = unmodelledSections([specOf(document)]);
    expect(describeUnmodelled(sections)).toBe(
      "callbacks (1), links (1), response headers (3), security schemes (1), servers of paths and operations (2)",
    );
  });

  it("says nothing for a spec that has none, or for a JSON Schema document", () => {
    expect(unmodelledSections([specOf({ paths: { "/a": { get: { responses: {} } } } })])).toEqual([]);
    expect(unmodelledSections([specOf({ components: { securitySchemes: { a: {} } } }, "json-schema")])).toEqual([]);
  });
});

describe("a Path Item by $ref", () => {
  it("is modelled: its operations are generated, not dropped", async () => {
    const work = tempFolder("path-item-ref");
    try {
      const file = work.write("spec.json", {
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: { "/b": { $ref: "#/components/pathItems/B" } },
        components: { pathItems: { B: { get: { operationId: "getB", responses: { "200": { description: "ok" } } } } } },
      });
      const model = await loadModel({ specs: [{ spec: file }], jsonSchemas: [], allowRemoteRefs: false });
      expect(
        model.operations.map((operation) => `${operation.method} ${operation.path} ${operation.operationId}`),
      ).toEqual(["GET /b getB"]);
    } finally {
      work.remove();
    }
  });
});

describe("a cached run says what the run it stands for said", () => {
  it("repeats the warnings and the sections not modelled", async () => {
    const work = tempFolder("cached-notes");
    try {
      const file = work.write("spec.yaml", CACHED_SPEC);
      const args = ["generate", "--spec", file, "--out", work.at("out")];
      const first = await runCli(args);
      const second = await runCli(args);
      expect(first.stdout).toMatch(/^Generated .*; not modelled: callbacks \(1\)\.\n$/);
      expect(second.stdout).toMatch(/^.* is already up to date .*; not modelled: callbacks \(1\)\.\n$/);
      expect(first.stderr).toContain("Warning: 1 construct not valid OpenAPI");
      expect(second.stderr).toBe(first.stderr);
    } finally {
      work.remove();
    }
  });
});

const CACHED_SPEC = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      operationId: subscribe
      callbacks:
        onEvent:
          '{$request.body#/url}':
            post:
              responses: {'200': {description: ok}}
      responses: {'200': {description: ok}}
components:
  schemas:
    Maybe: {anyOf: [{type: string}, {type: 'null'}]}
`;
