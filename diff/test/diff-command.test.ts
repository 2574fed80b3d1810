// The `diff` command end to end through the CLI entry point: formats and exit codes.
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { SPEC_FILES } from "../../test-support/repo.ts";
import { loadSpec, repairedV1Spec } from "../../test-support/specs.ts";
import { diffFiles } from "./diff-files.ts";

const { v1: V1_SPEC, v1Overlay: V1_OVERLAY, v2: V2_SPEC } = SPEC_FILES;
const run = (args: string[]) => runCli(args, { inProcess: true });

describe("stripe-events-contract diff", () => {
  const files = diffFiles();
  let breakingFile: string;
  let warningFile: string;

  beforeAll(async () => {
    const breaking = await repairedV1Spec();
    delete breaking.components.schemas.event.properties.type;
    breakingFile = files.write("breaking", breaking);
    const warning = await repairedV1Spec();
    warning.components.schemas.api_errors.properties.type.enum.push("rate_limit_error");
    warningFile = files.write("warning", warning);
  });

  const withOverlay = (newFile: string, ...flags: string[]) => [
    "diff",
    V1_SPEC,
    newFile,
    "--overlay-old",
    V1_OVERLAY,
    ...flags,
  ];

  it("reports no changes for the supplied spec against itself and exits 0, even with --fail-on warning", async () => {
    const result = await run([
      "diff",
      V1_SPEC,
      V1_SPEC,
      "--overlay-old",
      V1_OVERLAY,
      "--overlay-new",
      V1_OVERLAY,
      "--fail-on",
      "warning",
    ]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("No changes.");
  });

  it.each([
    ["breaking change, no --fail-on", 0, () => withOverlay(breakingFile)],
    ["breaking change, --fail-on breaking", 1, () => withOverlay(breakingFile, "--fail-on", "breaking")],
    ["warning only, --fail-on breaking", 0, () => withOverlay(warningFile, "--fail-on", "breaking")],
    ["warning only, --fail-on warning", 1, () => withOverlay(warningFile, "--fail-on", "warning")],
    ["unknown --format", 2, () => withOverlay(warningFile, "--format", "html")],
    ["one spec only", 2, () => ["diff", V1_SPEC]],
    ["missing file", 1, () => ["diff", V1_SPEC, "/nonexistent/spec.yml"]],
  ])("%s → exit %i", async (_name, want, args) => {
    expect((await run(args())).code).toBe(want);
  });

  it("prints JSON with both pointers and a one-line reason", async () => {
    const { stdout } = await run(withOverlay(breakingFile, "--format", "json"));
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ breaking: 1, warning: 0, safe: 0 });
    expect(report.changes).toEqual([
      {
        severity: "breaking",
        rule: "response-property-removed",
        location: "GET /v1/events → 200 body $.data[].type",
        oldPointer: "/components/schemas/event/properties/type",
        newPointer: "/components/schemas/event/properties",
        reason: 'property "type" was removed from the response',
        alsoAt: [
          "GET /v1/events/{id} → 200 body $.type",
          "webhook payload (v1 event) $.type",
          'schema "event" $.type',
          'schema "NotificationEventList" $.data[].type',
        ],
      },
    ]);
  });

  it("prints a markdown table for pull-request comments", async () => {
    const { stdout } = await run(withOverlay(warningFile, "--format", "markdown"));
    expect(stdout).toContain("**1 change: 0 breaking, 1 warning, 0 safe.**");
    expect(stdout).toContain("#### Warnings (1)");
    // .github/workflows/contract.yml gates on this heading; a warning-only report must not have it.
    expect(stdout).not.toMatch(/^#### Breaking/m);
    expect((await run(withOverlay(breakingFile, "--format", "markdown"))).stdout).toMatch(/^#### Breaking \(1\)$/m);
    expect(stdout).toMatch(
      /^\| `response-enum-value-added` \| response value: new value\(s\) "rate_limit_error" \| GET \/v1\/events → default body \$\.error\.type<br>GET \/v1\/events\/\{id\} → default body \$\.error\.type<br>schema "error" \$\.error\.type<br>schema "api_errors" \$\.type \| `#\/components\/schemas\/api_errors\/properties\/type\/enum` \|/m,
    );
  });

  it("prints text by default, grouped by class", async () => {
    const { stdout } = await run(withOverlay(breakingFile));
    expect(stdout.split("\n").slice(1, 11)).toEqual([
      "1 change: 1 breaking, 0 warnings, 0 safe.",
      "",
      "BREAKING (1)",
      '  response-property-removed: property "type" was removed from the response',
      "    at  GET /v1/events → 200 body $.data[].type",
      "    and GET /v1/events/{id} → 200 body $.type",
      "    and webhook payload (v1 event) $.type",
      '    and schema "event" $.type',
      '    and schema "NotificationEventList" $.data[].type',
      "    old #/components/schemas/event/properties/type",
    ]);
  });

  it("accepts a YAML spec without overlay (the v2 spec against itself)", async () => {
    expect(loadSpec(V2_SPEC).openapi).toBe("3.1.0");
    const { code, stdout } = await run(["diff", V2_SPEC, V2_SPEC]);
    expect(code).toBe(0);
    expect(stdout).toContain("No changes.");
  });
});
