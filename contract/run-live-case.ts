// Runs one live case against Prism or a real server and checks the exchange.
import type { OperationDescriptor, ValidateFn } from "../runtime/operation.ts";
import { type CallSettings, type ClientFactory, callOperation } from "./call-operation.ts";
import { checkExchange, type ExchangeVerdict } from "./check-exchange.ts";
import { expandPath, type LiveCase, type LiveContext } from "./live-cases.ts";
import { parseJsonOrUndefined } from "./parse-json.ts";

export interface LiveRunSettings {
  readonly operations: Readonly<Record<string, OperationDescriptor>>;
  readonly createClient: ClientFactory;
  readonly validate: ValidateFn;
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly context: LiveContext;
}

export type LiveCaseResult =
  | { readonly kind: "skipped"; readonly reason: string }
  | {
      readonly kind: "ran";
      readonly operation: OperationDescriptor;
      readonly verdict: ExchangeVerdict;
      readonly learned: Record<string, string>;
    };

/** Obviously invalid; a real server answers 401 to it. */
const BAD_KEY = "sk_test_123";

/** Key, base URL and headers for one live case (shared with the recorder, contract/record.ts). */
export function liveCallSettings(
  liveCase: LiveCase,
  target: { baseUrl: string; apiKey: string; context: LiveContext },
): CallSettings {
  const apiKey = liveCase.badKey === true ? BAD_KEY : target.apiKey;
  // Prism picks a non-200 response only when asked; a real server reaches it by itself.
  if (target.context.target !== "prism" || liveCase.expectedStatus === 200) return { apiKey, baseUrl: target.baseUrl };
  return { apiKey, baseUrl: target.baseUrl, extraHeaders: { prefer: `code=${liveCase.expectedStatus}` } };
}

export async function runLiveCase(liveCase: LiveCase, settings: LiveRunSettings): Promise<LiveCaseResult> {
  const operation = settings.operations[liveCase.operationId];
  if (operation === undefined)
    throw new Error(`Live case ${liveCase.name} names unknown operation ${liveCase.operationId}`);
  const plan = liveCase.plan(settings.context);
  if (typeof plan === "string") return { kind: "skipped", reason: plan };
  const call = { operationId: liveCase.operationId, ...plan };
  const outcome = await callOperation(settings.createClient, liveCallSettings(liveCase, settings), call);
  const source = `live:${liveCase.name}`;
  const verdict = checkExchange(
    {
      source,
      operation,
      call,
      outcome,
      expectedPath: expandPath(operation.path, call.path),
      expectedStatus: liveCase.expectedStatus,
    },
    settings.validate,
  );
  const body = parseJsonOrUndefined(outcome.exchanges[0]?.response?.text);
  const learned = verdict.violations.length === 0 && liveCase.learn !== undefined ? liveCase.learn(body) : {};
  return { kind: "ran", operation, verdict, learned };
}
