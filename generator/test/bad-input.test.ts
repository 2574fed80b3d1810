// Every kind of bad input: a clear message naming file and location, exit code 1, no stack trace,
// and the output folder untouched.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliSync } from "../../test-support/cli.ts";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { specWithSchemas } from "../../test-support/specs.ts";
import { tempTree } from "../../test-support/temp-folder.ts";

const SUPPLIED_SPEC = join(REPO_ROOT, "specs/stripe-events-api-openapi.yml");

function generateInto(root: string, specArgs: string[]) {
  const out = join(root, "out");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "keep.txt"), "previous output");
  const result = runCliSync(["generate", ...specArgs, "--out", out]);
  return {
    ...result,
    untouched: readFileSync(join(out, "keep.txt"), "utf8") === "previous output" && !existsSync(join(out, "types.ts")),
  };
}

describe("generate refuses bad input with file, location and a fix", () => {
  it("lists all three missing $refs of the supplied spec without its overlay, with pointer and line", () => {
    const root = tempTree({});
    const result = generateInto(root, ["--spec", SUPPLIED_SPEC]);
    expect(result.code).toBe(1);
    expect(result.untouched).toBe(true);
    expect(result.stderr).toContain("3 problems:");
    expect(result.stderr).toContain(
      'stripe-events-api-openapi.yml:314:17 (at #/components/schemas/event/properties/data/$ref): $ref "#/components/schemas/notification_event_data" points at nothing',
    );
    expect(result.stderr).toContain(
      'stripe-events-api-openapi.yml:338:21 (at #/components/schemas/event/properties/request/anyOf/0/$ref): $ref "#/components/schemas/notification_event_request" points at nothing',
    );
    expect(result.stderr).toContain(
      'stripe-events-api-openapi.yml:226:17 (at #/components/schemas/error/properties/error/$ref): $ref "#/components/schemas/api_errors" points at nothing',
    );
    expect(result.stderr).toContain("What to do:");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    ["a YAML syntax error", { "spec.yml": "openapi: 3.0.3\ninfo:\n  title: [unclosed\n" }, /spec\.yml:\d+:\d+: YAML/],
    [
      "a Swagger 2.0 document",
      { "spec.yml": 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n' },
      /spec\.yml:1:\d+ \(at #\/swagger\): is Swagger 2\.0, which is not supported/,
    ],
    [
      "an unknown openapi version",
      { "spec.yml": "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n" },
      /spec\.yml:1:\d+ \(at #\/openapi\): OpenAPI version 4\.0\.0 is not supported/,
    ],
    [
      "openapi: 2.0 read as a number",
      { "spec.yml": "openapi: 2.0\ninfo: {title: t, version: '1'}\npaths: {}\n" },
      /the `openapi` version is 2 \(not a string\)/,
    ],
    [
      "a duplicate operationId",
      {
        "spec.json": JSON.stringify({
          openapi: "3.0.3",
          info: { title: "t", version: "1" },
          paths: {
            "/a": { get: { operationId: "same", responses: { "200": { description: "ok" } } } },
            "/b": { get: { operationId: "same", responses: { "200": { description: "ok" } } } },
          },
        }),
      },
      /spec\.json:1:\d+ \(at #\/paths\/~1b\/get\/operationId\): operationId "same" is also used at .*#\/paths\/~1a\/get/,
    ],
    [
      "a schema violation",
      { "spec.yml": "openapi: 3.0.3\ninfo: {title: t}\npaths: {}\n" },
      /spec\.yml:2:\d+ \(at #\/info\): must have required property 'version'/,
    ],
    ["invalid JSON", { "spec.json": '{"openapi": "3.0.3",\n  "info": }' }, /spec\.json:2:\d+: is not valid JSON/],
  ])("%s", (_name, files, message) => {
    const root = tempTree(files as Record<string, string>);
    const result = generateInto(root, ["--spec", join(root, Object.keys(files)[0]!)]);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(1);
    expect(result.untouched).toBe(true);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("a spec path that does not exist", () => {
    const root = tempTree({});
    const result = generateInto(root, ["--spec", join(root, "missing.yml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.yml: does not exist or cannot be read\nWhat to do: Check the path/);
    expect(result.untouched).toBe(true);
  });

  it("an overlay action that no longer matches the spec", () => {
    const root = tempTree({
      "spec.json": specWithSchemas({ thing: { type: "object" } }, { listOperation: true }),
      "overlay.yml":
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.components.schemas.gone\n    update: {type: string}\n",
    });
    const result = generateInto(root, ["--spec", join(root, "spec.json"), "--overlay", join(root, "overlay.yml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /overlay\.yml:4:\d+ \(at #\/actions\/0\): action 1: target \$\.components\.schemas\.gone matches nothing in the spec/,
    );
  });

  it("usage errors exit 2", () => {
    expect(runCliSync(["generate", "--spec", "x.yml"]).code).toBe(2);
    expect(runCliSync(["nonsense"]).code).toBe(2);
  });
});
