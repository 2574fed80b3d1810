// Conventions every command shares: a bad option or a missing value is a usage error (exit 2) that
// names the argument and the command's --help, never "a bug"; the Node version check names the
// version required; the missing-$ref hint names each command's own overlay flag.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test-support/cli.ts";
import { repoPath, SPEC_FILES } from "../../test-support/repo.ts";
import { REQUIRED_NODE, unsupportedNodeMessage } from "../node-version.ts";

const run = (args: string[]) => runCli(args, { inProcess: true });

describe("--help and -h", () => {
  const commands = ["generate", "diff", "validate", "webhooks", "contract", "record", "init"];
  it.each(
    commands.flatMap((command) => [
      [command, "--help"],
      [command, "-h"],
    ]),
  )("%s %s: its usage on stdout, exit 0, nothing done", async (command, flag) => {
    const result = await run([command, flag]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: stripe-events-contract ${command} `));
    expect(result.stderr).toBe("");
  });

  it("twin: a misspelt --help is a usage error", async () => {
    const result = await run(["generate", "--hepl"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
  });
});

describe("usage errors", () => {
  it.each([
    ["generate", ["generate", "--bogus"], "unknown option --bogus"],
    ["diff", ["diff", "a.yml", "b.yml", "--overlay", "x.yml"], "unknown option --overlay"],
    ["validate", ["validate", "--schemas", "event", "x.ndjson"], "unknown option --schemas"],
    ["webhooks", ["webhooks", "send", "--urll", "http://x"], "unknown option --urll"],
    ["a value that is missing at the end", ["generate", "--spec", "x.yml", "--out"], "option --out needs a value"],
    [
      "a value swallowed by the next flag",
      ["generate", "--spec", "x.yml", "--out", "--check"],
      "option --out needs a value (got --check)",
    ],
    ["a value given to a flag", ["generate", "--check=yes"], "option --check takes no value"],
    ["a short option nobody has", ["diff", "-x"], "unknown option -x"],
  ])("%s: exit 2, names the argument and the command's --help", async (_name, args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`Error: ${message}\nRun \`stripe-events-contract ${args[0]} --help\` for usage.\n`);
    expect(result.stderr).not.toContain("looks like a bug");
  });

  it("known options still parse (the negative twin): diff with --format runs", async () => {
    const result = await run(["diff", SPEC_FILES.v2, SPEC_FILES.v2, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).changes).toEqual([]);
  });
});

describe("the missing-$ref hint names each command's overlay flag", () => {
  it("diff without the overlay suggests --overlay-old/--overlay-new, not a flag diff refuses", async () => {
    const result = await run(["diff", SPEC_FILES.v1, SPEC_FILES.v1]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("points at nothing");
    expect(result.stderr).toContain("`diff --overlay-old/--overlay-new`");
    expect(result.stderr).toContain("`generate --overlay`");
  });
});

describe("Node version", () => {
  it.each([
    ["20.20.2", false],
    ["22.17.1", false],
    ["18.0.0", false],
    ["22.18.0", true],
    ["22.19.0", true],
    ["24.21.0", true],
    ["26.0.0", true],
  ])("%s supported: %s", (version, supported) => {
    const message = unsupportedNodeMessage(version);
    if (supported) expect(message).toBeUndefined();
    else
      expect(message).toBe(
        `stripe-events-contract needs Node.js ${REQUIRED_NODE} or later (24 recommended); this is Node.js ${version}. Install a newer Node (e.g. \`nvm install 24\`), then run the command again.`,
      );
  });

  it("bin/ checks the version before it imports the CLI (a static import would fail first on old Nodes)", () => {
    const bin = readFileSync(repoPath("bin/stripe-events-contract.js"), "utf8");
    const staticImports = [...bin.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    expect(staticImports).toEqual(["../dist/cli/node-version.js"]);
    expect(bin.indexOf("unsupportedNodeMessage(process.versions.node)")).toBeLessThan(
      bin.indexOf('await import("../dist/cli/main.js")'),
    );
    expect(readFileSync(repoPath("cli/node-version.ts"), "utf8")).not.toMatch(/^import /m);
  });
});
