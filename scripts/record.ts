// `npm run record`: runs the live cases with nock's recorder on and writes one scrubbed cassette
// per exchange. Target: STRIPE_API_KEY (sk_test_… only) and/or CONTRACT_BASE_URL, like the live
// suite. --from-prism records a local Prism mock instead (to try the recorder offline).
//   node scripts/record.ts [--out <dir>] [--from-prism]    default out: contract-tests/recordings/recorded
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import nock from "nock";
import { callOperation } from "../contract/call-operation.ts";
import { startContractPrism } from "../contract/contract-prism.ts";
import { LIVE_CASES, type LiveContext } from "../contract/live-cases.ts";
import { PLACEHOLDER_KEY, resolveLiveTarget } from "../contract/live-target.ts";
import { parseJsonOrUndefined } from "../contract/parse-json.ts";
import type { PrismServer } from "../contract/prism-server.ts";
import { liveCallSettings } from "../contract/run-live-case.ts";
import { cassetteFromRecording, type RecordedDefinition } from "../contract/to-cassette.ts";
import { createClient } from "../generated/client.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

interface Target {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly server: string;
  readonly context: LiveContext;
}

async function openTarget(fromPrism: boolean): Promise<{ target: Target; prism: PrismServer | undefined }> {
  const live = resolveLiveTarget({ ...process.env, CONTRACT_SKIP_LIVE: undefined });
  if (live.kind === "prism" && !fromPrism) {
    // Prism invents payloads from the schemas; as cassettes they would only echo the spec back.
    throw new Error(
      "nothing to record from: set STRIPE_API_KEY=sk_test_… (and optionally CONTRACT_BASE_URL), or pass --from-prism to try the recorder against a local mock",
    );
  }
  if (live.kind === "server") {
    const server = live.realStripe ? `${live.baseUrl}, test mode` : live.baseUrl;
    return {
      target: {
        baseUrl: live.baseUrl,
        apiKey: live.apiKey,
        server,
        context: { target: "server", eventDestinationId: live.eventDestinationId, learned: {} },
      },
      prism: undefined,
    };
  }
  const prism = await startContractPrism(ROOT);
  const context: LiveContext = { target: "prism", eventDestinationId: undefined, learned: {} };
  return {
    target: {
      baseUrl: prism.baseUrl,
      apiKey: PLACEHOLDER_KEY,
      server: "Prism mock generated from the specs, not Stripe",
      context,
    },
    prism,
  };
}

async function recordAll(target: Target, outDir: string): Promise<string[]> {
  const written: string[] = [];
  const learned: Record<string, string> = {};
  const recordedAt = new Date().toISOString();
  for (const liveCase of LIVE_CASES) {
    const plan = liveCase.plan({ ...target.context, learned });
    if (typeof plan === "string") {
      console.warn(`skipped ${liveCase.name}: ${plan}`);
      continue;
    }
    nock.recorder.clear();
    const outcome = await callOperation(
      (options) => createClient({ ...options, maxNetworkRetries: 0 }),
      liveCallSettings(liveCase, target),
      { operationId: liveCase.operationId, ...plan },
    );
    Object.assign(learned, liveCase.learn?.(parseJsonOrUndefined(outcome.exchanges[0]?.response?.text)) ?? {});
    const definitions = nock.recorder.play() as unknown as RecordedDefinition[];
    definitions.forEach((definition, index) => {
      const name = definitions.length === 1 ? liveCase.name : `${liveCase.name}-${index + 1}`;
      const cassette = cassetteFromRecording(definition, { name, recordedAt, server: target.server });
      const file = join(outDir, `${name}.json`);
      writeFileSync(file, `${JSON.stringify(cassette, null, 2)}\n`);
      written.push(file);
    });
  }
  return written;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: join("contract-tests", "recordings", "recorded") },
      "from-prism": { type: "boolean", default: false },
    },
  });
  const outDir = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  const { target, prism } = await openTarget(values["from-prism"]);
  try {
    mkdirSync(outDir, { recursive: true });
    // Recording only sees requests made after rec(); enable_reqheaders_recording keeps request headers (scrubbed later).
    nock.recorder.rec({ output_objects: true, dont_print: true, enable_reqheaders_recording: true });
    const written = await recordAll(target, outDir);
    console.info(
      `Recorded ${written.length} cassette(s) from ${target.server}:\n${written.map((file) => `  ${file}`).join("\n")}`,
    );
  } finally {
    nock.restore();
    await prism?.stop();
  }
}

try {
  await main();
} catch (error) {
  // A refused key or a failed Prism start is a user-facing message, not a stack trace.
  console.error(`record: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
