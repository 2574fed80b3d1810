// $refs that would make the generator touch the network or read files outside the spec's folder.
// A real HTTP server on 127.0.0.1 stands in for "the network": it counts every request, so the test
// proves that nothing was even attempted, rather than that an attempt happened to fail.

import { symlinkSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasStackFrames, runCli } from "../../../test-support/cli.ts";
import { specWithSchemas } from "../../../test-support/specs.ts";
import { type TempFolder, tempFolder } from "../../../test-support/temp-folder.ts";
import { NO_LINES } from "../../load/locate-pointer.ts";
import { checkRefs } from "../../resolve/ref-policy.ts";

const REMOTE_SCHEMA = "type: object\nproperties:\n  fetched_remotely: {type: string}\n";
const SECRET_FILE = "secret_outside_the_folder: 1\n";

let dir: TempFolder;
let server: Server;
let requests: string[] = [];
let baseUrl = "";

beforeAll(async () => {
  dir = tempFolder("hostile-refs", { insideRepo: true });
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    response.writeHead(200, { "content-type": "application/yaml" }).end(REMOTE_SCHEMA);
  });
  await new Promise<void>((resolveListen) => server.listen(0, "127.0.0.1", resolveListen));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolveClose) => server.close(resolveClose));
  dir.remove();
});

/** Writes `<folder>/spec.yml` (JSON is YAML too) with one component schema, `target`, and returns its path. */
function writeSpec(folder: string, target: Record<string, unknown>): string {
  return dir.write(`${folder}/spec.yml`, specWithSchemas({ target }));
}

describe("remote $refs", () => {
  // Loopback stands in for the internet here; the resolver never fetches internal addresses (SSRF
  // guard), so even --allow-remote-refs must end without a request.
  it.each([
    { flags: [], want: "is remote; remote refs are refused unless --allow-remote-refs is given" },
    {
      flags: ["--allow-remote-refs"],
      want: "was not fetched: remote refs need --allow-remote-refs, and internal addresses (localhost, private networks) are never fetched",
    },
  ])("refuses an http ref to 127.0.0.1 with $flags, without any request", async ({ flags, want }) => {
    requests = [];
    const folder = `remote${flags.join("")}`;
    const spec = writeSpec(folder, { $ref: `${baseUrl}/schemas/charge.yml` });
    const run = await runCli(["generate", "--spec", spec, "--out", dir.at(`${folder}-out`), ...flags]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`$ref "${baseUrl}/schemas/charge.yml" ${want}`);
    expect(requests).toEqual([]);
    expect(hasStackFrames(run.stderr)).toBe(false);
  });

  it("refuses a remote ref nested in an allowed local file without fetching it", async () => {
    requests = [];
    const spec = writeSpec("nested-remote", { $ref: "./inner.yml" });
    dir.write("nested-remote/inner.yml", `type: object\nproperties:\n  x: {$ref: "${baseUrl}/schemas/charge.yml"}\n`);
    const run = await runCli(["generate", "--spec", spec, "--out", dir.at("nested-remote-out")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`$ref "${baseUrl}/schemas/charge.yml" was not fetched`);
    expect(requests).toEqual([]);
    expect(hasStackFrames(run.stderr)).toBe(false);
  });
});

describe("remote $refs in a --json-schema document", () => {
  it("are not fetched: ajv has no loader, so the reference stays unresolved", async () => {
    requests = [];
    const spec = writeSpec("json-schema", { type: "string" });
    const schema = dir.write("json-schema/remote.json", {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      properties: { a: { $ref: `${baseUrl}/x.json` } },
    });
    const run = await runCli([
      "generate",
      "--spec",
      spec,
      "--json-schema",
      schema,
      "--out",
      dir.at("json-schema-out"),
      "--allow-remote-refs",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`can't resolve reference ${baseUrl}/x.json`);
    expect(requests).toEqual([]);
    expect(hasStackFrames(run.stderr)).toBe(false);
  });
});

describe("checkRefs, the policy applied before any resolver runs", () => {
  const source = { path: "/specs/api.yml", text: "", format: "yaml" as const, data: {}, locate: NO_LINES };
  const documentWith = (ref: string) => ({ components: { schemas: { target: { $ref: ref } } } });
  it.each([
    { ref: "#/components/schemas/x", allowRemoteRefs: false, want: "allowed" },
    { ref: "./parts/money.yml", allowRemoteRefs: false, want: "allowed" },
    {
      ref: "https://example.com/s.yml",
      allowRemoteRefs: false,
      want: "is remote; remote refs are refused unless --allow-remote-refs is given",
    },
    { ref: "https://example.com/s.yml", allowRemoteRefs: true, want: "allowed" },
    { ref: "ftp://example.com/s.yml", allowRemoteRefs: true, want: "uses a URL scheme that is never resolved" },
    { ref: "../secret.yml", allowRemoteRefs: true, want: "points outside the spec's folder (/specs) and is refused" },
  ])("$ref with allowRemoteRefs=$allowRemoteRefs → $want", ({ ref, allowRemoteRefs, want }) => {
    const outcome = (() => {
      try {
        checkRefs(documentWith(ref), source, "/specs/api.yml", { allowRemoteRefs });
        return "allowed";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(outcome === "allowed" ? outcome : outcome.split(`$ref "${ref}" `)[1]?.split("\n")[0]).toBe(want);
  });
});

describe("file $refs outside the spec's folder", () => {
  it("refuses a symlink inside the folder that points outside it, without reading the target", async () => {
    const secret = dir.write("secret.yml", SECRET_FILE);
    const spec = writeSpec("symlinked", { $ref: "./innocent.yml" });
    symlinkSync(secret, dir.at("symlinked", "innocent.yml"));
    const run = await runCli(["generate", "--spec", spec, "--out", dir.at("symlinked-out")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`$ref "./innocent.yml" points outside the spec's folder`);
    expect(run.stderr).not.toContain("secret_outside_the_folder");
  });

  it("refuses a ref to an outside file made from inside an allowed local file", async () => {
    dir.write("secret.yml", SECRET_FILE);
    const spec = writeSpec("nested-file", { $ref: "./inner.yml" });
    dir.write("nested-file/inner.yml", "type: object\nproperties:\n  x: {$ref: '../secret.yml'}\n");
    const run = await runCli(["generate", "--spec", spec, "--out", dir.at("nested-file-out")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`secret.yml is outside the spec's folder`);
    expect(run.stderr).not.toContain("secret_outside_the_folder");
  });

  it("still resolves a file ref that stays inside the folder", async () => {
    const spec = writeSpec("inside", { $ref: "./parts/money.yml" });
    dir.write("inside/parts/money.yml", "type: object\nproperties:\n  amount: {type: integer}\n");
    const run = await runCli(["generate", "--spec", spec, "--out", dir.at("inside-out")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("1 schemas, 1 validators");
  });
});
