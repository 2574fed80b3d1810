// Lenient by default, honest always. Given a spec with one construct that is not valid OpenAPI but
// has one clear meaning, want: a run that generates, one warning at the construct's line saying
// what was assumed, types and validators that both read that meaning; and the --strict twin,
// which fails at the same line and says how to fix it.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, typeCheckableOutputArgs } from "../../test-support/cli.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";

const work = tempFolder("leniencies", { insideRepo: true });
afterAll(() => work.remove());

const head = (version: string) => `openapi: ${version}\ninfo: {title: t, version: '1'}\n`;

interface Case {
  readonly name: string;
  readonly spec: string;
  /** The warning's location and the start of its message. */
  readonly at: string;
  readonly what: string;
  /** A line of types.ts that shows the meaning read. */
  readonly type: string;
  /** Validator name → [data, valid] pairs that show the validators read the same. */
  readonly checks: Record<string, [unknown, boolean][]>;
}

const CASES: Case[] = [
  {
    name: '`type: "null"` in OpenAPI 3.0',
    spec: `${head("3.0.3")}paths: {}
components:
  schemas:
    Metadata:
      type: object
      properties:
        json_metadata:
          anyOf:
            - type: string
            - type: 'null'
`,
    at: "spec.yaml:12:21 (at #/components/schemas/Metadata/properties/json_metadata/anyOf/1/type)",
    what: '`type: "null"` is not a type in OpenAPI 3.0; read as: the value is null',
    type: "  json_metadata?: string | null;",
    checks: {
      Metadata: [
        [{ json_metadata: null }, true],
        [{ json_metadata: "x" }, true],
        [{ json_metadata: 1 }, false],
      ],
    },
  },
  {
    name: "`schema: null` in a media type",
    spec: `${head("3.0.1")}paths:
  /items:
    post:
      operationId: createItem
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: null
`,
    at: "spec.yaml:12:23 (at #/paths/~1items/post/responses/200/content/application~1json/schema)",
    what: "the schema is `null`; read as: any value, as if no schema were given",
    type: "export type CreateItemResponse200 = unknown;",
    checks: {
      "createItem.200": [
        [null, true],
        [{ any: ["thing"] }, true],
      ],
    },
  },
  {
    name: "`nullable: true` without a type",
    spec: `${head("3.0.3")}paths: {}
components:
  schemas:
    Patch:
      type: object
      required: [value]
      properties:
        value:
          nullable: true
          description: any JSON value
`,
    at: "spec.yaml:11:21 (at #/components/schemas/Patch/properties/value/nullable)",
    what: "`nullable: true` without a `type`, where OpenAPI 3.0 gives it no effect; read as: null is allowed",
    type: "  value: unknown;",
    checks: {
      Patch: [
        [{ value: null }, true],
        [{ value: [1] }, true],
        [{}, false],
      ],
    },
  },
  {
    name: "`nullable: true` in OpenAPI 3.1",
    spec: `${head("3.1.0")}paths: {}
components:
  schemas:
    Planet:
      type: object
      properties:
        image:
          type: string
          nullable: true
`,
    at: "spec.yaml:11:21 (at #/components/schemas/Planet/properties/image/nullable)",
    what: "`nullable` is not a keyword in OpenAPI 3.1, where JSON Schema ignores it; read as: null is allowed too",
    type: "  image?: string | null;",
    checks: {
      Planet: [
        [{ image: null }, true],
        [{ image: "x" }, true],
        [{ image: 1 }, false],
      ],
    },
  },
  {
    name: "keywords beside `$ref` in OpenAPI 3.0",
    spec: `${head("3.0.3")}paths: {}
components:
  schemas:
    Kind: {type: string, enum: [a, b]}
    Thing:
      type: object
      properties:
        kind:
          $ref: '#/components/schemas/Kind'
          nullable: true
          description: only the description is kept
`,
    at: "spec.yaml:11:11 (at #/components/schemas/Thing/properties/kind)",
    what: "`nullable` beside `$ref`, which OpenAPI 3.0 says to ignore; read as: it is ignored",
    type: "  kind?: Kind;",
    checks: {
      Thing: [
        [{ kind: "a" }, true],
        [{ kind: null }, false],
      ],
    },
  },
  {
    name: "`$id` beside a local `$ref`",
    spec: `${head("3.1.0")}paths:
  /planets:
    get:
      operationId: listPlanets
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                $id: planets-page
                $ref: '#/components/schemas/PaginatedResource'
components:
  schemas:
    PaginatedResource:
      type: object
      required: [meta]
      properties:
        meta: {type: object}
`,
    at: "spec.yaml:13:22 (at #/paths/~1planets/get/responses/200/content/application~1json/schema/$id)",
    what: '`$id` beside the local `$ref: "#/components/schemas/PaginatedResource"`',
    type: "export type ListPlanetsResponse200 = PaginatedResource;",
    checks: {
      PaginatedResource: [
        [{ meta: {} }, true],
        [{}, false],
      ],
    },
  },
  {
    name: "`additionalProperties: false` beside `allOf`",
    spec: `${head("3.0.0")}paths: {}
components:
  schemas:
    Batch:
      type: object
      properties:
        batch_id: {type: string}
    CreateBatchResponse:
      type: object
      additionalProperties: false
      allOf:
        - $ref: '#/components/schemas/Batch'
`,
    at: "spec.yaml:12:29 (at #/components/schemas/CreateBatchResponse/additionalProperties)",
    what: "`additionalProperties: false` beside `allOf` forbids every property the allOf members declare",
    type: "export type CreateBatchResponse = Batch;",
    checks: {
      CreateBatchResponse: [
        [{ batch_id: "b" }, true],
        [{ batch_id: "b", extra: 1 }, false],
      ],
    },
  },
];

async function generate(name: string, spec: string, strict: boolean) {
  const folder = work.at(`${name.replace(/\W+/g, "-")}${strict ? "-strict" : ""}`);
  work.write(`${folder.slice(work.path.length + 1)}/spec.yaml`, spec);
  const args = ["generate", "--spec", `${folder}/spec.yaml`, ...typeCheckableOutputArgs(`${folder}/out`)];
  return { folder, result: await runCli(strict ? [...args, "--strict"] : args, { cwd: folder }) };
}

describe("lenient mode: one warning per construct, and the meaning it states in types and validators", () => {
  it.each(CASES)("$name", async ({ name, spec, at, what, type, checks }) => {
    const { folder, result } = await generate(name, spec, false);
    expect(result.code).toBe(0);
    const warnings = result.stderr.split("\n").filter((line) => line.startsWith("  "));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`  ${at}: ${what}`);
    expect(readFileSync(`${folder}/out/types.ts`, "utf8").split("\n")).toContain(type);
    const { validate } = await import(pathToFileURL(`${folder}/out/validators.ts`).href);
    for (const [schema, pairs] of Object.entries(checks))
      for (const [data, valid] of pairs)
        expect([schema, data, validate(schema, data).valid]).toEqual([schema, data, valid]);
  });
});

describe("--strict: the same construct is an error at the same place, with the fix", () => {
  it.each(CASES)("$name", async ({ name, spec, at, what }) => {
    const { result } = await generate(name, spec, true);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Error: 1 problem:\n  ${at}: ${what.split("; read as:")[0]!}`);
    expect(result.stderr).toMatch(/\. To fix: \S.*\nWhat to do: /);
  });
});
