// The openapi-typescript oracle: generated/openapi-typescript/oracle-check.ts fails to compile
// when one of our named types and openapi-typescript's disagree. Here a type is edited by hand
// to prove that the check notices.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliSync } from "../../test-support/cli.ts";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { specWithSchemas } from "../../test-support/specs.ts";

const WORK = join(REPO_ROOT, ".cache", "oracle-check-test");
const require = createRequire(import.meta.url);

function typecheck(): string[] {
  const result = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", join(WORK, "tsconfig.json")],
    { encoding: "utf8" },
  );
  return result.stdout.split("\n").filter((line) => line.includes("error TS"));
}

describe("openapi-typescript oracle check", () => {
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it("compiles when the types agree and fails on the schema whose type was changed", () => {
    mkdirSync(WORK, { recursive: true });
    const spec = specWithSchemas(
      {
        thing: {
          type: "object",
          required: ["id"],
          properties: {
            id: { type: "string" },
            count: { type: "integer", nullable: true },
            kind: { enum: ["a", "b"] },
          },
        },
        other: { type: "object", properties: { thing: { $ref: "#/components/schemas/thing" } } },
      },
      { listOperation: true },
    );
    writeFileSync(join(WORK, "spec.json"), spec);
    writeFileSync(
      join(WORK, "tsconfig.json"),
      JSON.stringify({ extends: "../../tsconfig.json", include: ["out/**/*.ts"] }),
    );
    const generated = runCliSync([
      "generate",
      "--spec",
      join(WORK, "spec.json"),
      "--out",
      join(WORK, "out"),
      "--openapi-typescript",
      "--import-extension",
      ".ts",
      "--runtime-import",
      "../../../runtime/index.ts",
    ]);
    expect(generated.code).toBe(0);
    expect(typecheck()).toEqual([]);

    const typesFile = join(WORK, "out", "types.ts");
    const types = readFileSync(typesFile, "utf8");
    expect(types).toContain("  count?: number | null;");
    writeFileSync(typesFile, types.replace("  count?: number | null;", "  count?: number;"));
    const errors = typecheck();
    for (const error of errors)
      expect(error).toMatch(
        /oracle-check\.ts\(\d+,\d+\): error TS2344: Type 'false' does not satisfy the constraint 'true'/,
      );
    const checkLines = readFileSync(join(WORK, "out/openapi-typescript/oracle-check.ts"), "utf8").split("\n");
    const failing = errors.map(
      (error) => /^ {2}"([^"]+)":/.exec(checkLines[Number(/oracle-check\.ts\((\d+),/.exec(error)![1]) - 1]!)![1],
    );
    // `other` embeds `thing`, so it disagrees too.
    expect(failing).toEqual(["thing", "other"]);
  }, 120_000);
});
