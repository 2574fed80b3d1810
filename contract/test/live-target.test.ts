import { describe, expect, it } from "vitest";
import {
  envFlag,
  LiveKeyRefusedError,
  LiveSettingError,
  liveTargetFromFlag,
  resolveLiveTarget,
} from "../live-target.ts";

describe("resolveLiveTarget", () => {
  it.each([
    { env: {}, want: { kind: "prism" } },
    { env: { CONTRACT_SKIP_LIVE: "0" }, want: { kind: "prism" } },
    {
      env: { STRIPE_API_KEY: "sk_test_123" },
      want: {
        kind: "server",
        baseUrl: "https://api.stripe.com",
        apiKey: "sk_test_123",
        realStripe: true,
        eventDestinationId: undefined,
      },
    },
    {
      env: {
        STRIPE_API_KEY: "rk_test_123",
        CONTRACT_BASE_URL: "http://127.0.0.1:12111/",
        CONTRACT_EVENT_DESTINATION_ID: "ed_1",
      },
      want: {
        kind: "server",
        baseUrl: "http://127.0.0.1:12111",
        apiKey: "rk_test_123",
        realStripe: true,
        eventDestinationId: "ed_1",
      },
    },
    {
      env: { CONTRACT_BASE_URL: "http://127.0.0.1:4010" },
      want: {
        kind: "server",
        baseUrl: "http://127.0.0.1:4010",
        apiKey: "sk_test_123",
        realStripe: false,
        eventDestinationId: undefined,
      },
    },
  ])("$env → $want.kind", ({ env, want }) => {
    expect(resolveLiveTarget(env)).toEqual(want);
  });

  it.each([
    ["1", true],
    ["true", true],
    ["TRUE", true],
    ["yes", true],
    ["on", true],
    ["0", false],
    ["false", false],
    ["False", false],
    ["no", false],
    ["off", false],
    ["", false],
    [" ", false],
    [undefined, false],
  ])("CONTRACT_SKIP_LIVE=%j is %s", (value, want) => {
    expect(envFlag("CONTRACT_SKIP_LIVE", value)).toBe(want);
    expect(resolveLiveTarget({ CONTRACT_SKIP_LIVE: value }).kind).toBe(want ? "skip" : "prism");
  });

  it.each(["maybe", "2", "skip"])("refuses CONTRACT_SKIP_LIVE=%s instead of guessing", (value) => {
    expect(() => resolveLiveTarget({ CONTRACT_SKIP_LIVE: value })).toThrow(LiveSettingError);
    expect(() => resolveLiveTarget({ CONTRACT_SKIP_LIVE: value })).toThrow(/neither true .* nor false/);
  });

  it("skips only on the explicit flag, and says why", () => {
    const target = resolveLiveTarget({ CONTRACT_SKIP_LIVE: "1", STRIPE_API_KEY: "sk_test_123" });
    expect(target).toEqual({ kind: "skip", reason: expect.stringContaining("CONTRACT_SKIP_LIVE is set") });
  });

  it.each(["sk_live_123", "rk_live_123"])("refuses the live-mode key %s with a clear message", (key) => {
    expect(() => resolveLiveTarget({ STRIPE_API_KEY: key })).toThrow(LiveKeyRefusedError);
    expect(() => resolveLiveTarget({ STRIPE_API_KEY: key })).toThrow(/live-mode key.*only runs with test-mode keys/);
  });

  it("refuses a publishable key", () => {
    expect(() => resolveLiveTarget({ STRIPE_API_KEY: "pk_test_123" })).toThrow(
      "STRIPE_API_KEY must be a test-mode secret or restricted key",
    );
  });
});

describe("liveTargetFromFlag (contract --live)", () => {
  const env = { STRIPE_API_KEY: "sk_test_123", CONTRACT_SKIP_LIVE: "1" };

  it.each([
    [undefined, {}, { kind: "prism" }],
    [undefined, { CONTRACT_SKIP_LIVE: "1" }, { kind: "skip" }],
    ["prism", env, { kind: "prism" }],
    ["none", {}, { kind: "skip" }],
    ["stripe", env, { kind: "server", baseUrl: "https://api.stripe.com", realStripe: true }],
    ["http://127.0.0.1:4010/", {}, { kind: "server", baseUrl: "http://127.0.0.1:4010", realStripe: false }],
    ["https://stripe.example", env, { kind: "server", baseUrl: "https://stripe.example", apiKey: "sk_test_123" }],
  ])("--live %s with %j → %j (the flag wins over CONTRACT_SKIP_LIVE)", (flag, given, want) => {
    expect(liveTargetFromFlag(flag, given)).toMatchObject(want);
  });

  it.each([
    ["stripe", {}, "--live stripe needs STRIPE_API_KEY"],
    ["stripe", { STRIPE_API_KEY: "sk_live_123" }, "live-mode key"],
    ["prsim", {}, '--live takes prism, stripe, a base URL (http:// or https://) or none, got "prsim"'],
    ["ftp://x", {}, "--live takes"],
  ])("--live %s with %j is refused: %s", (flag, given, message) => {
    expect(() => liveTargetFromFlag(flag, given)).toThrow(message);
  });
});
