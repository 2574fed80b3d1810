// dist/ is what consumers run: the compiled CLI must work there too, including its worker threads,
// whose entry points are named at run time (see generator/sibling-module.ts). The build goes to a
// temp folder inside the repository (so node_modules resolve), never to the checkout's dist/.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { codeHashOf } from "../generator/identity.ts";
import { siblingModule } from "../generator/sibling-module.ts";
import { runNode } from "../test-support/cli.ts";
import { repoPath } from "../test-support/repo.ts";
import { tempFolder } from "../test-support/temp-folder.ts";
import { importsOf } from "./runtime-package.ts";

describe("siblingModule", () => {
  it.each([
    ["file:///app/src/job.ts", "file:///app/src/worker.ts"],
    ["file:///app/dist/job.js", "file:///app/dist/worker.js"],
  ])("%s → %s", (from, want) => expect(siblingModule("worker", from).href).toBe(want));
});

/** "stripe-events-contract/webhooks" (package.json exports) resolves to dist/webhooks/index.js, which signs and verifies. */
async function expectWebhooksEntryWorks(dist: string): Promise<void> {
  const exported = JSON.parse(readFileSync(repoPath("package.json"), "utf8")).exports["./webhooks"];
  expect(exported).toEqual({ types: "./dist/webhooks/index.d.ts", default: "./dist/webhooks/index.js" });
  expect(existsSync(join(dist, "webhooks/index.d.ts"))).toBe(true);
  const webhooks = await import(pathToFileURL(join(dist, "webhooks/index.js")).href);
  const payload = JSON.stringify({ id: "evt_1", object: "v2.core.event", type: "v1.billing.meter.created" });
  const header = webhooks.signPayload({ payload, secret: "whsec_built", timestamp: 1 });
  expect(webhooks.verifySignature(payload, header, "whsec_built", { now: 1 })).toEqual({ timestamp: 1 });
  expect(() => webhooks.verifySignature(payload, header, "whsec_other", { now: 1 })).toThrow(/No v1 signature/);
}

/** The runtime-only package: same exports, only run-time folders, only the dependencies its code imports. */
function expectRuntimePackage(dir: string): void {
  const root = JSON.parse(readFileSync(repoPath("package.json"), "utf8"));
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  expect(pkg).toMatchObject({ name: "stripe-events-contract-runtime", version: root.version, type: "module" });
  expect(pkg.exports).toEqual(root.exports);
  expect(pkg.dependencies).toEqual({ ajv: root.dependencies.ajv, "ajv-formats": root.dependencies["ajv-formats"] });
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
  const outside = files.filter(
    (file) => !/^(package\.json|README\.md|dist\/(runtime|core|webhooks|generated)\/.+)$/.test(file),
  );
  expect(outside).toEqual([]);
  expect(files).toContain("dist/generated/validators.compiled.js");
  expect(files.filter((file) => /\/test\//.test(file))).toEqual([]);
}

describe("importsOf (which packages the runtime package's code needs)", () => {
  it.each([
    ['import { a } from "./a.js";', ["./a.js"]],
    ['import {\n  a,\n  b,\n} from "ajv/dist/runtime/ucs2length";', ["ajv/dist/runtime/ucs2length"]],
    ['export * from "../core/x.js";\nexport { y } from "@scope/pkg/sub";', ["../core/x.js", "@scope/pkg/sub"]],
    ['const m = await import("node:crypto");', ["node:crypto"]],
    ['import "./side-effect.js";', ["./side-effect.js"]],
    ['const text = "import nothing from here";', []],
  ])("%j → %j", (code, want) => expect(importsOf(code)).toEqual(want));
});

describe("dist build", () => {
  const pack = tempFolder("dist-build", { insideRepo: true });
  afterAll(() => pack.remove());

  it("builds, and the installed bin generates from a spec inside a worker (--timeout)", async () => {
    const checkoutDist = repoPath("dist");
    const distBefore = existsSync(checkoutDist) ? statSync(checkoutDist).mtimeMs : undefined;
    const build = await runNode([repoPath("scripts/build.ts"), pack.at("dist"), pack.at("runtime-package")]);
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(existsSync(pack.at("dist/generated/validators.compiled.js"))).toBe(true);
    expect(existsSync(pack.at("dist/generator/resolve/openapi-3.0-schema.compiled.js"))).toBe(true);
    expect(existsSync(checkoutDist) ? statSync(checkoutDist).mtimeMs : undefined).toBe(distBefore);
    // The code hash the built generator reads instead of hashing its files: the one it would compute.
    const written = readFileSync(pack.at("dist/generator/code-hash.txt"), "utf8").trim();
    expect(written).toMatch(/^[0-9a-f]{64}$/);
    expect(written).toBe(codeHashOf(pack.at("dist/generator")));
    expect(written).not.toBe(codeHashOf(repoPath("generator")));
    const { generatorIdentity } = await import(pathToFileURL(pack.at("dist/generator/identity.js")).href);
    expect((await generatorIdentity()).code).toBe(written);
    // Twin: it is the file that answers, not a hash of the files made on the spot.
    writeFileSync(pack.at("dist/generator/code-hash.txt"), `${"f".repeat(64)}\n`);
    expect((await generatorIdentity()).code).toBe("f".repeat(64));
    writeFileSync(pack.at("dist/generator/code-hash.txt"), `${written}\n`);
    await expectWebhooksEntryWorks(pack.at("dist"));
    expectRuntimePackage(pack.at("runtime-package"));

    // The package layout: bin/ beside dist/, as npm installs it.
    mkdirSync(pack.at("bin"));
    copyFileSync(repoPath("bin/stripe-events-contract.js"), pack.at("bin/stripe-events-contract.js"));
    const spec = pack.write("spec.json", {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {},
      components: { schemas: { thing: { type: "object" } } },
    });
    const bin = pack.at("bin/stripe-events-contract.js");
    const run = await runNode([bin, "generate", "--timeout", "60", "--spec", spec, "--out", pack.at("out")]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /^Generated 7 files in .*out\/ \(0 operations, 1 schemas, 1 validators\) in [\d.]+ s\.\n$/,
    );
  }, 120_000);
});
