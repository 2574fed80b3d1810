import { describe, expect, it } from "vitest";
import { findSecrets, scrubHeaders, scrubJson, scrubText } from "../secrets.ts";

// Built at runtime so this file itself never contains a full-length key.
const fakeLongKey = (prefix: string): string => `${prefix}${"A1b2C3d4".repeat(3)}`;

describe("findSecrets", () => {
  it.each([
    { given: fakeLongKey("sk_live_"), want: 1 },
    { given: fakeLongKey("rk_live_"), want: 1 },
    { given: fakeLongKey("sk_test_"), want: 1 },
    { given: fakeLongKey("pk_live_"), want: 1 },
    { given: fakeLongKey("whsec_"), want: 1 },
    { given: "sk_test_123", want: 0 },
    { given: "sk_test_[REDACTED]", want: 0 },
    { given: "Invalid API Key provided: sk_test_********1234", want: 0 },
    { given: "seti_1NG8Du2eZvKYlo2C9XMqbR0x_secret_O2CdhLwGFh2Aej7bCY7qp8jlIuyR8DJ", want: 0 },
  ])("finds $want secret(s) in a line like $given", ({ given, want }) => {
    expect(findSecrets(`{"key": "${given}"}`)).toHaveLength(want);
  });

  it("reports the line and hides the secret's tail", () => {
    const [finding] = findSecrets(`first\nsecond ${fakeLongKey("sk_live_")}`);
    expect(finding).toEqual({ line: 2, preview: "sk_live_********" });
  });
});

describe("scrubbing", () => {
  it.each([
    { given: `key ${fakeLongKey("sk_live_")} end`, want: "key sk_live_[REDACTED] end" },
    { given: "Invalid API Key provided: sk_test_********1234", want: "Invalid API Key provided: sk_test_[REDACTED]" },
    { given: "pk_test_123 and rk_test_abc", want: "pk_test_[REDACTED] and rk_test_[REDACTED]" },
    { given: `secret ${fakeLongKey("whsec_")}`, want: "secret whsec_[REDACTED]" },
    { given: "sk_test_[REDACTED]", want: "sk_test_[REDACTED]" },
    { given: "evt_1NG8Du2eZvKYlo2CUI6cCVhB", want: "evt_1NG8Du2eZvKYlo2CUI6cCVhB" },
  ])("scrubText($given) = $want", ({ given, want }) => {
    expect(scrubText(given)).toBe(want);
  });

  it("scrubs strings at any depth of a JSON value and leaves other values alone", () => {
    const given = { error: { message: `bad ${fakeLongKey("sk_test_")}`, code: 401 }, list: ["rk_live_x1", true, null] };
    expect(scrubJson(given)).toEqual({
      error: { message: "bad sk_test_[REDACTED]", code: 401 },
      list: ["rk_live_[REDACTED]", true, null],
    });
  });

  it("drops credential headers and lower-cases the rest", () => {
    const given = {
      Authorization: "Bearer sk_test_123",
      Cookie: "a=b",
      "Set-Cookie": "c=d",
      "Stripe-Signature": "t=1,v1=abc",
      "Request-Id": "req_1",
    };
    expect(scrubHeaders(given)).toEqual({ "request-id": "req_1" });
  });
});
