// "Its core imports nothing Node-only": the package entry bundles for a neutral platform (no node:
// builtins, no Node globals) and, run in a bare V8 context that has only WebCrypto and the WHATWG
// globals an edge runtime has, verifies with WebCrypto and routes a Fetch API Request. The sync
// functions say what to use instead.
import { createContext, runInContext } from "node:vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { repoPath } from "../../test-support/repo.ts";
import { pingNotification, SECRET, signed, T } from "./deliveries.ts";

interface EdgeExports {
  verifySignature(...args: unknown[]): unknown;
  verifySignatureAsync(...args: unknown[]): Promise<unknown>;
  hasSyncHmac(): boolean;
  createEventRouter(options: unknown): { handleRequest(request: Request): Promise<Response> };
}

let edge: EdgeExports;
let bundle: { code: string; inputs: string[] };

beforeAll(async () => {
  const result = await build({
    entryPoints: [repoPath("webhooks/index.ts")],
    bundle: true,
    format: "iife",
    globalName: "webhooks",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  bundle = { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
  // What an edge runtime offers: WebCrypto and WHATWG globals; no process, no Buffer, no require.
  const { crypto, TextEncoder, TextDecoder, URLSearchParams, Request, Response, Headers, console } = globalThis;
  const context = createContext({
    crypto,
    TextEncoder,
    TextDecoder,
    URLSearchParams,
    Request,
    Response,
    Headers,
    console,
  });
  runInContext(bundle.code, context);
  edge = context.webhooks as EdgeExports;
}, 60_000);

describe("the webhooks entry on an edge runtime", () => {
  it("bundles without any node: module", () => {
    expect(bundle.inputs.filter((input) => input.startsWith("node:"))).toEqual([]);
    expect(bundle.inputs).toContain("webhooks/index.ts");
  });

  it("verifies with WebCrypto", async () => {
    const { raw, header } = signed(pingNotification());
    expect(edge.hasSyncHmac()).toBe(false);
    await expect(edge.verifySignatureAsync(raw, header, SECRET, { now: T })).resolves.toEqual({ timestamp: T });
  });

  it("twin: the synchronous verifier names the async one", () => {
    const { raw, header } = signed(pingNotification());
    expect(() => edge.verifySignature(raw, header, SECRET, { now: T })).toThrow(/Use verifySignatureAsync/);
  });

  it("routes a Fetch API request, verifying with WebCrypto", async () => {
    const router = edge.createEventRouter({ secrets: SECRET, now: () => T });
    const { raw, header } = signed(pingNotification());
    const post = (body: string) =>
      new Request("https://edge.test/", { method: "POST", body, headers: { "stripe-signature": header } });
    expect((await router.handleRequest(post(raw))).status).toBe(200);
    expect((await router.handleRequest(post(`${raw} `))).status).toBe(400);
  });
});
