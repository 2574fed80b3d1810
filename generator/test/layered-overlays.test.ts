// Overlays layer: several per spec (--overlay a --overlay b, or a list in the config), applied in order;
// and a problem an overlay's content causes is reported in that overlay file, at the key that wrote it.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { SPEC_FILES } from "../../test-support/repo.ts";
import { specWithSchemas } from "../../test-support/specs.ts";
import { type TempFolder, tempFolder } from "../../test-support/temp-folder.ts";

const overlay = (...actions: string[]) =>
  `overlay: 1.0.0\ninfo:\n  title: ours\n  version: "1"\nactions:\n${actions.join("")}`;

const PREVIOUS_ATTRIBUTES = `  - target: $.components.schemas.notification_event_data.properties
    update:
      previous_attributes:
        type: object
        nullable: true
`;
const NULLABLE_YES_PLEASE = `  - target: $.components.schemas.event.properties.livemode
    description: livemode may be missing in old logs
    update:
      nullable: yes please
`;

let folder: TempFolder;
beforeAll(() => {
  folder = tempFolder("layered-overlays");
  folder.writeAll({
    "ours.overlay.yml": overlay(PREVIOUS_ATTRIBUTES),
    "bad.overlay.yml": overlay(NULLABLE_YES_PLEASE),
    "dangling.overlay.yml": overlay(`  - target: $.components.schemas.event.properties
    update:
      account:
        $ref: "#/components/schemas/no_such_account"
`),
  });
});
afterAll(() => folder.remove());

const v1With = (...overlays: string[]) => [
  "--spec",
  SPEC_FILES.v1,
  ...overlays.flatMap((file) => ["--overlay", file]),
  "--out",
  folder.at("out"),
];

describe("layered overlays", () => {
  it("--overlay a --overlay b applies both, in order: the repair overlay, then ours on top of it", async () => {
    const result = await runCli(["generate", ...v1With(SPEC_FILES.v1Overlay, folder.at("ours.overlay.yml"))]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(folder.at("out/types.ts"), "utf8")).toMatch(/previous_attributes\?: \{/);
  });

  it("the other order fails (the twin): ours targets a schema only the repair overlay defines", async () => {
    const result = await runCli(["generate", ...v1With(folder.at("ours.overlay.yml"), SPEC_FILES.v1Overlay)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /ours\.overlay\.yml:6:\d+ \(at #\/actions\/0\): action 1: target \$\.components\.schemas\.notification_event_data\.properties matches nothing in the spec/,
    );
  });

  it("the config takes a list of overlays", async () => {
    const project = tempFolder("overlay-config");
    try {
      project.write("stripe-events-contract.config.json", {
        specs: [{ spec: SPEC_FILES.v1, overlay: [SPEC_FILES.v1Overlay, folder.at("ours.overlay.yml")] }],
        out: "generated",
      });
      const result = await runCli(["generate"], { cwd: project.path });
      expect(result.stderr).toBe("");
      expect(readFileSync(project.at("generated/types.ts"), "utf8")).toMatch(/previous_attributes\?: \{/);
    } finally {
      project.remove();
    }
  });

  it("diff layers them too: --overlay-new repeated", async () => {
    const args = ["diff", SPEC_FILES.v1, SPEC_FILES.v1, "--overlay-old", SPEC_FILES.v1Overlay, "--format", "json"];
    const layered = await runCli(
      [...args, "--overlay-new", SPEC_FILES.v1Overlay, "--overlay-new", folder.at("ours.overlay.yml")],
      {
        inProcess: true,
      },
    );
    expect(layered.stderr).toBe("");
    const changes = JSON.parse(layered.stdout).changes as { rule: string; newPointer: string }[];
    expect(changes.map((change) => [change.rule, change.newPointer])).toContainEqual([
      "response-property-nullable",
      "/components/schemas/notification_event_data/properties/previous_attributes",
    ]);
    const single = await runCli([...args, "--overlay-new", SPEC_FILES.v1Overlay], { inProcess: true });
    expect(JSON.parse(single.stdout).changes).toEqual([]);
  });

  it.each([
    [5, "/specs/0/overlay"],
    [["a.yml", 5], "/specs/0/overlay"],
  ])("refuses overlay %j in the config, naming its place", async (value, pointer) => {
    const project = tempFolder("overlay-config-bad");
    try {
      project.write("stripe-events-contract.config.json", { specs: [{ spec: "x.yml", overlay: value }] });
      const result = await runCli(["generate"], { cwd: project.path });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `stripe-events-contract.config.json (at #${pointer}): must be a file path or a list of them`,
      );
    } finally {
      project.remove();
    }
  });
});

describe("a problem an overlay causes is placed in the overlay", () => {
  it("an invalid value: the overlay's line and key, once, instead of 25 places in the spec", async () => {
    const result = await runCli(["generate", ...v1With(SPEC_FILES.v1Overlay, folder.at("bad.overlay.yml"))]);
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => line.startsWith("  "));
    expect(lines[0]).toBe(
      `  ${folder.at("bad.overlay.yml")}:9:17 (at #/actions/0/update/nullable): must be boolean (this action wrote specs/stripe-events-api-openapi.yml#/components/schemas/event/properties/livemode/nullable)`,
    );
    expect(lines.every((line) => line.startsWith(`  ${folder.at("bad.overlay.yml")}:9:17 `))).toBe(true);
    expect(result.stderr).not.toContain("stripe-events-api-openapi.yml:");
  });

  it("a $ref to nothing that the overlay wrote", async () => {
    const result = await runCli(["generate", ...v1With(SPEC_FILES.v1Overlay, folder.at("dangling.overlay.yml"))]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /dangling\.overlay\.yml:9:\d+ \(at #\/actions\/0\/update\/account\/\$ref\): \$ref "#\/components\/schemas\/no_such_account" points at nothing/,
    );
  });

  it("a problem of the spec itself stays in the spec, even with an overlay (the twin)", async () => {
    const spec = folder.write(
      "own-problem.json",
      specWithSchemas({ thing: { type: "object", nullable: "yes please" }, other: { type: "object" } }),
    );
    const ours = folder.write(
      "other.overlay.yml",
      overlay("  - target: $.components.schemas.other\n    update:\n      description: fine\n"),
    );
    const result = await runCli(["generate", "--spec", spec, "--overlay", ours, "--out", folder.at("out2")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("own-problem.json");
    expect(result.stderr).toContain("(at #/components/schemas/thing/nullable): must be boolean");
    expect(result.stderr).not.toContain("other.overlay.yml:");
  });
});
