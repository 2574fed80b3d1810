// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).
// Generator: stripe-events-contract 0.1.0
// Sources:
//   specs/stripe-events-api-openapi.yml sha256:88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207
//   specs/stripe-events-api.overlay.yml sha256:77cfe58f1bac4ff0d65b5af267942ba26d242f4e6785fb4e90e49b73f249beab
//   specs/stripe-v2-core-events-openapi.yml sha256:7e4def3e2efcb60f4bbe0fbe7ddd2e51433e99210fea3e59064950a279617033
//   specs/stripe-event.json sha256:93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f
import type * as T from "./types.ts";

/**
 * What the specs say about events, as types. Pass it to `createWebhookReceiver<EventTypes>()` of
 * stripe-events-contract/webhooks together with `eventSchemas` and `validate`.
 */
export interface EventTypes {
  /**
   * The v1 event (the schema marked `x-resourceId: event`).
   * Schema `event` (specs/stripe-events-api-openapi.yml).
   */
  event: T.Event;
  /**
   * The notification of any thin event (`x-stripeEvent: { kind: thin }`).
   * Schema `v2.core.event_notification` (specs/stripe-v2-core-events-openapi.yml).
   */
  notification: T.V2CoreEventNotification;
  /** v1 event type → the type of its `data` (schemas marked `x-stripeEvent: { type }`). */
  snapshot: Record<never, never>;
  /** Thin event type → its notification (schemas marked `x-stripeEvent: { type, kind: thin }`). */
  thin: {
    /** Schema `v1.billing.meter.error_report_triggered.notification` (specs/stripe-v2-core-events-openapi.yml). */
    "v1.billing.meter.error_report_triggered": T.V1BillingMeterErrorReportTriggeredNotification;
    /** Schema `v1.billing.meter.no_meter_found.notification` (specs/stripe-v2-core-events-openapi.yml). */
    "v1.billing.meter.no_meter_found": T.V1BillingMeterNoMeterFoundNotification;
    /** Schema `v2.core.event_destination.ping.notification` (specs/stripe-v2-core-events-openapi.yml). */
    "v2.core.event_destination.ping": T.V2CoreEventDestinationPingNotification;
  };
  /** OpenAPI 3.1 `webhooks:` name → the request body the API sends. */
  webhooks: {
    /** v1.billing.meter.error_report_triggered (thin event notification) */
    "v1.billing.meter.error_report_triggered": T.V1BillingMeterErrorReportTriggeredWebhookBody;
    /** v1.billing.meter.no_meter_found (thin event notification) */
    "v1.billing.meter.no_meter_found": T.V1BillingMeterNoMeterFoundWebhookBody;
    /** v2.core.event_destination.ping (thin event notification) */
    "v2.core.event_destination.ping": T.V2CoreEventDestinationPingWebhookBody;
  };
}

/** The validator names behind EventTypes (names that validate() in validators.ts accepts). */
export const eventSchemas = {
    event: "event",
    notification: "v2.core.event_notification",
    snapshot: {},
    thin: {
      "v1.billing.meter.error_report_triggered": "v1.billing.meter.error_report_triggered.notification",
      "v1.billing.meter.no_meter_found": "v1.billing.meter.no_meter_found.notification",
      "v2.core.event_destination.ping": "v2.core.event_destination.ping.notification",
    },
    webhooks: {
      "v1.billing.meter.error_report_triggered": "v1.billing.meter.error_report_triggered.notification",
      "v1.billing.meter.no_meter_found": "v1.billing.meter.no_meter_found.notification",
      "v2.core.event_destination.ping": "v2.core.event_destination.ping.notification",
    },
  };
