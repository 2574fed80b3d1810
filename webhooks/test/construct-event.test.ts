// constructEvent / parseEventNotification (and their async twins): verified, parsed, validated.
import { describe, expect, it, vi } from "vitest";
import {
  constructEvent,
  constructEventAsync,
  parseEventNotification,
  parseEventNotificationAsync,
  signPayload,
  WebhookPayloadError,
  WebhookSignatureError,
} from "../index.ts";
import {
  OTHER_SECRET,
  pingNotification,
  SECRET,
  signed,
  T,
  thrown,
  unlistedNotification,
  v1Event,
} from "./deliveries.ts";

const at = { now: T };

const payloadError = (run: () => unknown) => thrown(WebhookPayloadError, run);

describe("constructEvent", () => {
  it("returns the verified v1 event, unchanged when serialised", () => {
    const { raw, header } = signed(v1Event());
    const event = constructEvent(raw, header, SECRET, at);
    expect(event.id).toBe(v1Event().id);
    expect(event.knownType).toBe(false); // the supplied spec lists no v1 event types
    expect(JSON.stringify(event, null, 2)).toBe(raw);
  });

  it("twin: a wrong secret is a signature error, before anything is parsed", () => {
    const { raw, header } = signed(v1Event());
    expect(() => constructEvent(raw, header, OTHER_SECRET, at)).toThrow(WebhookSignatureError);
  });

  it("accepts bytes (a Buffer from express.raw) like text", () => {
    const { raw, header } = signed(v1Event());
    expect(constructEvent(Buffer.from(raw), header, SECRET, at).id).toBe(v1Event().id);
  });

  it("throws the violations of a signed payload that does not match the event schema", () => {
    const { raw, header } = signed({ ...v1Event(), pending_webhooks: null });
    const error = payloadError(() => constructEvent(raw, header, SECRET, at));
    expect(error.reason).toBe("schema-mismatch");
    expect(error.violations.map(({ pointer, keyword }) => [pointer, keyword])).toEqual([["/pending_webhooks", "type"]]);
    expect(error.message).toContain("/pending_webhooks: must be integer (#/properties/pending_webhooks/type)");
  });

  it("validate: false lets it through unchecked; a callback sees the violations and lets it through", () => {
    const { raw, header } = signed({ ...v1Event(), pending_webhooks: null });
    expect(constructEvent(raw, header, SECRET, { ...at, validate: false }).pending_webhooks).toBeNull();
    const seen = vi.fn();
    expect(constructEvent(raw, header, SECRET, { ...at, validate: seen }).pending_webhooks).toBeNull();
    expect(seen).toHaveBeenCalledWith([expect.objectContaining({ pointer: "/pending_webhooks", keyword: "type" })]);
  });

  it("twin: the callback is not called for a valid event", () => {
    const { raw, header } = signed(v1Event());
    const seen = vi.fn();
    constructEvent(raw, header, SECRET, { ...at, validate: seen });
    expect(seen).not.toHaveBeenCalled();
  });

  it("refuses a thin notification, naming parseEventNotification", () => {
    const { raw, header } = signed(pingNotification());
    const error = payloadError(() => constructEvent(raw, header, SECRET, at));
    expect(error.reason).toBe("wrong-kind");
    expect(error.message).toContain("use parseEventNotification");
  });

  it.each([
    ["signed text that is not JSON", "{not json", "invalid-json"],
    ["signed JSON that is no object", "[1, 2]", "schema-mismatch"],
  ])("refuses %s", (_name, raw, reason) => {
    const header = signPayload({ payload: raw, secret: SECRET, timestamp: T });
    expect(payloadError(() => constructEvent(raw, header, SECRET, at)).reason).toBe(reason);
  });

  it("constructEventAsync does the same with WebCrypto", async () => {
    const good = signed(v1Event());
    await expect(constructEventAsync(good.raw, good.header, SECRET, at)).resolves.toMatchObject({ id: v1Event().id });
    const bad = signed({ ...v1Event(), livemode: "no" });
    await expect(constructEventAsync(bad.raw, bad.header, SECRET, at)).rejects.toMatchObject({
      reason: "schema-mismatch",
    });
  });
});

describe("parseEventNotification", () => {
  it("returns a listed type, validated against its own schema and marked known", () => {
    const { raw, header } = signed(pingNotification());
    const notification = parseEventNotification(raw, header, SECRET, at);
    expect(notification.knownType).toBe(true);
    expect(notification.type).toBe("v2.core.event_destination.ping");
    expect(JSON.stringify(notification, null, 2)).toBe(raw);
  });

  it("twin: a ping without a related object breaks the ping schema", () => {
    const { raw, header } = signed({ ...pingNotification(), related_object: null });
    const error = payloadError(() => parseEventNotification(raw, header, SECRET, at));
    expect(error.violations.map(({ pointer, keyword }) => [pointer, keyword])).toEqual([["/related_object", "type"]]);
  });

  it("accepts a type the spec does not list, as the unknown branch", async () => {
    const { raw, header } = signed(unlistedNotification());
    const notification = await parseEventNotificationAsync(raw, header, SECRET, at);
    expect(notification.knownType).toBe(false);
    expect(notification.type).toBe("v1.billing.meter.created");
  });

  it("twin: an unlisted type is still checked against the any-type notification schema", () => {
    const { raw, header } = signed({ ...unlistedNotification(), livemode: "yes" });
    const error = payloadError(() => parseEventNotification(raw, header, SECRET, at));
    expect(error.violations.map(({ pointer }) => pointer)).toEqual(["/livemode"]);
  });

  it("refuses a v1 event, naming constructEvent", () => {
    const { raw, header } = signed(v1Event());
    const error = payloadError(() => parseEventNotification(raw, header, SECRET, at));
    expect(error.reason).toBe("wrong-kind");
    expect(error.message).toContain("use constructEvent");
  });
});
