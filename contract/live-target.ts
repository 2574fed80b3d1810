// Decides where the live half of the suite runs, from the environment alone.
//   CONTRACT_SKIP_LIVE=1|true|yes   → skipped, and the reason is printed (0|false|no|empty: not skipped)
//   STRIPE_API_KEY=sk_test_…        → Stripe (or CONTRACT_BASE_URL), read-only; live keys refused
//   CONTRACT_BASE_URL only          → that server, with a placeholder test key
//   neither                         → a Prism mock started from the specs

export type LiveTarget =
  | { readonly kind: "skip"; readonly reason: string }
  | { readonly kind: "prism" }
  | {
      readonly kind: "server";
      readonly baseUrl: string;
      readonly apiKey: string;
      /** True for api.stripe.com-like servers that hold real data (drives which cases can run). */
      readonly realStripe: boolean;
      readonly eventDestinationId: string | undefined;
    };

/** A live-run setting that cannot be used as given (a live key, an unreadable flag). */
export class LiveSettingError extends Error {
  override name = "LiveSettingError";
}

export class LiveKeyRefusedError extends LiveSettingError {
  override name = "LiveKeyRefusedError";
}

const TEST_KEY = /^(sk|rk)_test_/;
const LIVE_KEY = /^(sk|rk)_live_/;
/** Obviously fake; the real server answers 401 to it, which the bad-key case relies on. */
export const PLACEHOLDER_KEY = "sk_test_123";

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

const TRUE_VALUES = new Set(["1", "true", "yes", "on"]);
const FALSE_VALUES = new Set(["0", "false", "no", "off"]);

/** A yes/no environment variable: only a true value is true; anything unrecognised is refused, not guessed. */
export function envFlag(name: string, value: string | undefined): boolean {
  const normalized = nonEmpty(value)?.toLowerCase();
  if (normalized === undefined || FALSE_VALUES.has(normalized)) return false;
  if (TRUE_VALUES.has(normalized)) return true;
  throw new LiveSettingError(
    `${name}=${JSON.stringify(value)} is neither true (1, true, yes, on) nor false (0, false, no, off, empty).`,
  );
}

export function resolveLiveTarget(env: Readonly<Record<string, string | undefined>>): LiveTarget {
  if (envFlag("CONTRACT_SKIP_LIVE", env.CONTRACT_SKIP_LIVE)) {
    return {
      kind: "skip",
      reason: "CONTRACT_SKIP_LIVE is set, so no live responses were checked (recorded cassettes only)",
    };
  }
  const apiKey = nonEmpty(env.STRIPE_API_KEY);
  const baseUrl = nonEmpty(env.CONTRACT_BASE_URL);
  const eventDestinationId = nonEmpty(env.CONTRACT_EVENT_DESTINATION_ID);
  if (apiKey !== undefined && LIVE_KEY.test(apiKey)) {
    throw new LiveKeyRefusedError(
      "STRIPE_API_KEY is a live-mode key. The contract suite only runs with test-mode keys (sk_test_… or rk_test_…): " +
        "unset it or use a test key from https://dashboard.stripe.com/test/apikeys.",
    );
  }
  if (apiKey !== undefined && !TEST_KEY.test(apiKey)) {
    throw new LiveKeyRefusedError(
      "STRIPE_API_KEY must be a test-mode secret or restricted key (sk_test_… or rk_test_…).",
    );
  }
  if (apiKey === undefined && baseUrl === undefined) return { kind: "prism" };
  return {
    kind: "server",
    baseUrl: (baseUrl ?? "https://api.stripe.com").replace(/\/+$/, ""),
    apiKey: apiKey ?? PLACEHOLDER_KEY,
    realStripe: apiKey !== undefined,
    eventDestinationId,
  };
}

/**
 * `contract --live`: "prism", "stripe" (STRIPE_API_KEY, test mode only), a base URL, or "none";
 * without the flag the environment decides (resolveLiveTarget). The flag wins over CONTRACT_SKIP_LIVE.
 */
export function liveTargetFromFlag(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): LiveTarget {
  if (flag === undefined) return resolveLiveTarget(env);
  const chosen = { ...env, CONTRACT_SKIP_LIVE: undefined };
  if (flag === "none")
    return { kind: "skip", reason: "--live none, so no live responses were checked (recorded cassettes only)" };
  if (flag === "prism") return { kind: "prism" };
  if (flag === "stripe") {
    const target = resolveLiveTarget({ ...chosen, CONTRACT_BASE_URL: undefined });
    if (target.kind !== "server")
      throw new LiveSettingError(
        "--live stripe needs STRIPE_API_KEY=sk_test_… (a test-mode secret or restricted key).",
      );
    return target;
  }
  if (/^https?:\/\/[^/]/.test(flag)) return resolveLiveTarget({ ...chosen, CONTRACT_BASE_URL: flag });
  throw new LiveSettingError(
    `--live takes prism, stripe, a base URL (http:// or https://) or none, got ${JSON.stringify(flag)}.`,
  );
}

export function describeLiveTarget(target: LiveTarget, prismUrl?: string): string {
  if (target.kind === "skip") return `skipped: ${target.reason}`;
  if (target.kind === "prism") return `Prism mock from the specs${prismUrl === undefined ? "" : ` at ${prismUrl}`}`;
  const ping =
    target.eventDestinationId === undefined ? "ping skipped (CONTRACT_EVENT_DESTINATION_ID unset)" : "ping enabled";
  return `${target.baseUrl} with a test key, read-only, ${ping}`;
}
