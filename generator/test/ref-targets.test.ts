// A schema may $ref any place of its spec; the validator document holds only components and inline
// bodies, so each other target is copied there, translated, at the same pointer (and the targets
// its own $refs reach), or ajv could not resolve the $ref.
import { describe, expect, it } from "vitest";
import { copyRefTargets } from "../emit/validators/ref-targets.ts";

const BODY = "/paths/~1a/post/requestBody/content/application~1json/schema";

describe("copyRefTargets", () => {
  const spec = {
    paths: {
      "/a": {
        post: {
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  properties: {
                    x: { $ref: "#/components/parameters/p/schema" },
                    n: { type: "integer", nullable: true },
                  },
                },
              },
            },
          },
        },
      },
    },
    components: { parameters: { p: { schema: { type: "string", example: "dropped" } } }, schemas: {} },
  };

  it("copies a target outside the components, translated, and what its own $refs reach", () => {
    const target = { components: { schemas: { S: { $ref: `#${BODY}/properties/n` } } } } as Record<string, unknown>;
    copyRefTargets(target, spec, "3.0");
    expect(target).toEqual({
      components: { schemas: { S: { $ref: `#${BODY}/properties/n` } } },
      paths: {
        "/a": {
          post: {
            requestBody: {
              content: { "application/json": { schema: { properties: { n: { type: ["integer", "null"] } } } } },
            },
          },
        },
      },
    });
    const second = { $defs: { B: { $ref: `#${BODY}` } } } as Record<string, unknown>;
    copyRefTargets(second, spec, "3.0");
    expect((second.components as { parameters: unknown }).parameters).toEqual({ p: { schema: { type: "string" } } });
  });

  it("leaves targets that are there, and refs to nothing, alone", () => {
    const target = {
      components: { schemas: { S: { $ref: "#/components/schemas/T" }, T: {}, U: { $ref: "#/nowhere" } } },
    };
    const before = structuredClone(target);
    copyRefTargets(target, spec, "3.0");
    expect(target).toEqual(before);
  });
});
