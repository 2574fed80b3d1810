// Webhook cassettes: recorded deliveries are scrubbed and re-signed with the fake cassette secret,
// signatures cover the exact text, and `webhooks send` finds the payloads in a file.
import { describe, expect, it } from "vitest";
import { verifySignature } from "../../webhooks/verify-signature.ts";
import { parseCassette } from "../cassette.ts";
import { findSecrets } from "../secrets.ts";
import {
  CASSETTE_SECRET,
  cassetteFileName,
  cassetteFromDelivery,
  payloadsFromFile,
  signedText,
} from "../webhook-cassette.ts";

const T = 1_735_689_600;
const event = { id: "evt_1", object: "event", type: "charge.succeeded", data: { object: { id: "ch_1" } } };
// Built from parts so that this file itself holds no key-shaped literal.
const liveKey = ["sk", "live", "4eC39HqLyjWDarjtT1zdp7dc"].join("_");

const received = (raw: string) => ({
  raw,
  headers: { "Stripe-Signature": "t=1,v1=abc", "Content-Type": "application/json", "User-Agent": "Stripe/1.0" },
  timestamp: T,
  schema: "event",
  origin: "webhooks listen on 127.0.0.1:4242",
  recordedAt: "2025-01-01T00:00:00.000Z",
});

describe("cassetteFromDelivery", () => {
  it("keeps the received text byte for byte, re-signed with the cassette secret at its timestamp", () => {
    const raw = JSON.stringify(event); // compact: not what pretty-printing gives
    const cassette = cassetteFromDelivery(received(raw));
    expect(cassette.delivery.rawBody).toBe(raw);
    expect(signedText(cassette.delivery)).toBe(raw);
    expect(verifySignature(raw, cassette.delivery.signature!.header, CASSETTE_SECRET, { now: T })).toEqual({
      timestamp: T,
    });
    expect(cassette.delivery.headers).toEqual({ "content-type": "application/json" });
    expect(cassetteFileName(cassette)).toBe(`${T}-charge.succeeded-evt_1.json`);
  });

  it("twin: a body that needed scrubbing is stored scrubbed, and the scrubbed text is what is signed", () => {
    const raw = JSON.stringify({ ...event, data: { object: { id: "ch_1", note: liveKey } } });
    const cassette = cassetteFromDelivery(received(raw));
    expect(cassette.delivery.rawBody).toBeUndefined();
    expect(findSecrets(JSON.stringify(cassette))).toEqual([]);
    const text = signedText(cassette.delivery);
    expect(text).toContain("sk_live_[REDACTED]");
    expect(verifySignature(text, cassette.delivery.signature!.header, CASSETTE_SECRET, { now: T })).toEqual({
      timestamp: T,
    });
  });

  it("round-trips through the cassette parser; a rawBody that disagrees with the body is refused", () => {
    const cassette = cassetteFromDelivery(received(JSON.stringify(event)));
    expect(parseCassette(JSON.parse(JSON.stringify(cassette)), "c.json")).toEqual(cassette);
    const edited = { ...cassette, delivery: { ...cassette.delivery, body: { ...event, id: "evt_2" } } };
    expect(() => parseCassette(edited, "c.json")).toThrow("c.json: delivery.rawBody and delivery.body disagree");
  });
});

describe("payloadsFromFile", () => {
  const webhook = cassetteFromDelivery(received(JSON.stringify(event)));
  it.each([
    ["a webhook cassette: its signed text", JSON.stringify(webhook), [JSON.stringify(event)]],
    ["a Stripe event: the file's exact text", ` ${JSON.stringify(event)}\n`, [` ${JSON.stringify(event)}\n`]],
    [
      "an array of events: each, pretty-printed",
      JSON.stringify([event, event]),
      [JSON.stringify(event, null, 2), JSON.stringify(event, null, 2)],
    ],
    [
      "an HTTP cassette whose response is an event",
      JSON.stringify({
        kind: "http",
        name: "n",
        source: { kind: "recorded", description: "d", origin: "o" },
        request: { method: "GET", path: "/v1/events/evt_1" },
        response: { status: 200, body: event },
      }),
      [JSON.stringify(event, null, 2)],
    ],
  ])("%s", (_name, text, want) => {
    expect(payloadsFromFile(text, "f.json")).toEqual(want);
  });

  it.each([
    ["an object that is no event", JSON.stringify({ object: "charge" })],
    ["an empty array", "[]"],
    ["an array with a non-event", JSON.stringify([event, { object: "charge" }])],
  ])("twin: refuses %s, saying what the file should hold", (_name, text) => {
    expect(() => payloadsFromFile(text, "f.json")).toThrow(
      /f\.json holds no event to deliver: pass a webhook cassette/,
    );
  });
});
