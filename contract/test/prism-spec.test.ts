import { describe, expect, it } from "vitest";
import { mergeSpecs, workAroundPrismGaps } from "../prism-spec.ts";

describe("workAroundPrismGaps", () => {
  it("keeps only the object branch of a deepObject anyOf (Stripe's created)", () => {
    const created = {
      name: "created",
      in: "query",
      style: "deepObject",
      schema: { anyOf: [{ type: "object", properties: { gte: { type: "integer" } } }, { type: "integer" }] },
    };
    expect(workAroundPrismGaps(created).schema).toEqual({ type: "object", properties: { gte: { type: "integer" } } });
  });

  it("describes a deepObject array as an object with indexed properties", () => {
    const types = {
      name: "types",
      in: "query",
      style: "deepObject",
      schema: { type: "array", items: { type: "string", maxLength: 5000 } },
    };
    const schema = workAroundPrismGaps(types).schema as { type: string; properties: Record<string, unknown> };
    expect(schema.type).toBe("object");
    expect(schema.properties["0"]).toEqual({ type: "string", maxLength: 5000 });
    expect(Object.keys(schema.properties)).toHaveLength(50);
  });

  it("leaves other parameters alone", () => {
    const limit = { name: "limit", in: "query", style: "form", schema: { type: "integer" } };
    expect(workAroundPrismGaps(limit)).toBe(limit);
  });
});

describe("mergeSpecs", () => {
  const v1 = {
    openapi: "3.0.0",
    security: [{ basicAuth: [] }],
    paths: { "/v1/a": { get: { operationId: "a" } } },
    components: {
      schemas: { a: { type: "object" } },
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "v1" } },
    },
  };
  const v2 = {
    openapi: "3.0.3",
    security: [{ bearerAuth: [] }],
    paths: { "/v2/b": { post: { operationId: "b" } } },
    components: {
      schemas: { "v2.b": { type: "object" } },
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
    },
  };

  it("serves both specs' paths, pinning v2's own security on its operations", () => {
    const merged = mergeSpecs(v1, v2) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: object };
    };
    expect(merged.paths["/v1/a"]).toEqual({ get: { operationId: "a" } });
    expect(merged.paths["/v2/b"]).toEqual({ post: { security: [{ bearerAuth: [] }], operationId: "b" } });
    expect(Object.keys(merged.components.schemas)).toEqual(["a", "v2.b"]);
  });

  it("refuses to merge two different schemas with the same name", () => {
    const clash = { ...v2, components: { schemas: { a: { type: "string" } } } };
    expect(() => mergeSpecs(v1, clash)).toThrow("components.schemas.a is defined differently in both");
  });
});
