// `record`: runs the live cases against a real server (or, with --from-prism, a Prism mock) through
// the project's generated client with a capturing fetch, and writes one scrubbed cassette per
// exchange. Recordings of Prism's invented data are marked "mock", which the suite lists and never
// replays: they can never break it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { callOperation } from "./call-operation.ts";
import { startContractPrism } from "./contract-prism.ts";
import { LIVE_CASES, type LiveContext } from "./live-cases.ts";
import { LiveSettingError, PLACEHOLDER_KEY, resolveLiveTarget } from "./live-target.ts";
import { parseJsonOrUndefined } from "./parse-json.ts";
import type { PrismServer } from "./prism-server.ts";
import type { ContractProject } from "./project.ts";
import { liveCallSettings } from "./run-live-case.ts";
import { cassetteFromExchange } from "./to-cassette.ts";

export interface RecordOptions {
  readonly project: ContractProject;
  readonly outDir: string;
  readonly fromPrism: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Called for a case that cannot run against the target, with the reason. */
  readonly onSkip?: (name: string, reason: string) => void;
}

interface Target {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly server: string;
  readonly mock: boolean;
  readonly context: LiveContext;
}

export async function recordCassettes(options: RecordOptions): Promise<{ server: string; written: string[] }> {
  const { target, prism } = await openTarget(options);
  try {
    mkdirSync(options.outDir, { recursive: true });
    return { server: target.server, written: await recordAll(options, target) };
  } finally {
    await prism?.stop();
  }
}

async function openTarget(options: RecordOptions): Promise<{ target: Target; prism: PrismServer | undefined }> {
  const live = resolveLiveTarget({ ...options.env, CONTRACT_SKIP_LIVE: undefined });
  if (live.kind === "server") {
    const server = live.realStripe ? `${live.baseUrl}, test mode` : live.baseUrl;
    const context: LiveContext = { target: "server", eventDestinationId: live.eventDestinationId, learned: {} };
    return { target: { baseUrl: live.baseUrl, apiKey: live.apiKey, server, mock: false, context }, prism: undefined };
  }
  if (!options.fromPrism) {
    // Prism invents payloads from the schemas; as cassettes they would only echo the spec back.
    throw new LiveSettingError(
      "nothing to record from: set STRIPE_API_KEY=sk_test_… (and optionally CONTRACT_BASE_URL), or pass --from-prism to try the recorder against a local mock",
    );
  }
  const prism = await startContractPrism(options.project.config.specs);
  const context: LiveContext = { target: "prism", eventDestinationId: undefined, learned: {} };
  const server = "Prism mock generated from the specs, not Stripe";
  return { target: { baseUrl: prism.baseUrl, apiKey: PLACEHOLDER_KEY, server, mock: true, context }, prism };
}

async function recordAll(options: RecordOptions, target: Target): Promise<string[]> {
  const { project } = options;
  const written: string[] = [];
  const learned: Record<string, string> = {};
  const recordedAt = new Date().toISOString();
  for (const liveCase of LIVE_CASES) {
    const plan = project.operations[liveCase.operationId]
      ? liveCase.plan({ ...target.context, learned })
      : `the specs have no operation ${liveCase.operationId}`;
    if (typeof plan === "string") {
      options.onSkip?.(liveCase.name, plan);
      continue;
    }
    const call = { operationId: liveCase.operationId, ...plan };
    const outcome = await callOperation(project.createClient, liveCallSettings(liveCase, target), call);
    Object.assign(learned, liveCase.learn?.(parseJsonOrUndefined(outcome.exchanges[0]?.response?.text)) ?? {});
    outcome.exchanges.forEach((exchange, index) => {
      const name = outcome.exchanges.length === 1 ? liveCase.name : `${liveCase.name}-${index + 1}`;
      const meta = { name, recordedAt, server: target.server, mock: target.mock };
      const file = join(options.outDir, `${name}.json`);
      writeFileSync(file, `${JSON.stringify(cassetteFromExchange(exchange, meta), null, 2)}\n`);
      written.push(file);
    });
  }
  return written;
}
