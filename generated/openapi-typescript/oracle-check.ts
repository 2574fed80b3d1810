// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).
// Generator: stripe-events-contract 0.1.0
// Sources:
//   specs/stripe-events-api-openapi.yml sha256:88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207
//   specs/stripe-events-api.overlay.yml sha256:77cfe58f1bac4ff0d65b5af267942ba26d242f4e6785fb4e90e49b73f249beab
//   specs/stripe-v2-core-events-openapi.yml sha256:7e4def3e2efcb60f4bbe0fbe7ddd2e51433e99210fea3e59064950a279617033
//   specs/stripe-event.json sha256:93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f
import type * as Ours from "../types.ts";
import type { components as Spec0 } from "./stripe-events-api.ts";
import type { components as Spec1 } from "./stripe-v2-core-events.ts";

type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** Compile-time only: each entry fails to type-check when our type and openapi-typescript's disagree. */
export interface OracleChecks {
  "error": Assert<MutuallyAssignable<Ours.ErrorObject, Spec0["schemas"]["error"]>>;
  "event": Assert<MutuallyAssignable<Ours.Event, Spec0["schemas"]["event"]>>;
  "GetEventsRequest": Assert<MutuallyAssignable<Ours.GetEventsRequest, Spec0["schemas"]["GetEventsRequest"]>>;
  "NotificationEventList": Assert<MutuallyAssignable<Ours.NotificationEventList, Spec0["schemas"]["NotificationEventList"]>>;
  "GetEventsIdRequest": Assert<MutuallyAssignable<Ours.GetEventsIdRequest, Spec0["schemas"]["GetEventsIdRequest"]>>;
  "notification_event_data": Assert<MutuallyAssignable<Ours.NotificationEventData, Spec0["schemas"]["notification_event_data"]>>;
  "notification_event_request": Assert<MutuallyAssignable<Ours.NotificationEventRequest, Spec0["schemas"]["notification_event_request"]>>;
  "api_errors": Assert<MutuallyAssignable<Ours.ApiErrors, Spec0["schemas"]["api_errors"]>>;
  "v2.core.event": Assert<MutuallyAssignable<Ours.V2CoreEvent, Spec1["schemas"]["v2.core.event"]>>;
  "v2.core.event_notification": Assert<MutuallyAssignable<Ours.V2CoreEventNotification, Spec1["schemas"]["v2.core.event_notification"]>>;
  "v2.core.event_reason": Assert<MutuallyAssignable<Ours.V2CoreEventReason, Spec1["schemas"]["v2.core.event_reason"]>>;
  "v2.core.event_related_object": Assert<MutuallyAssignable<Ours.V2CoreEventRelatedObject, Spec1["schemas"]["v2.core.event_related_object"]>>;
  "v2.core.event_list": Assert<MutuallyAssignable<Ours.V2CoreEventList, Spec1["schemas"]["v2.core.event_list"]>>;
  "v2.error": Assert<MutuallyAssignable<Ours.V2Error, Spec1["schemas"]["v2.error"]>>;
  "v1.billing.meter.error_report_triggered.notification": Assert<MutuallyAssignable<Ours.V1BillingMeterErrorReportTriggeredNotification, Spec1["schemas"]["v1.billing.meter.error_report_triggered.notification"]>>;
  "v1.billing.meter.no_meter_found.notification": Assert<MutuallyAssignable<Ours.V1BillingMeterNoMeterFoundNotification, Spec1["schemas"]["v1.billing.meter.no_meter_found.notification"]>>;
  "v2.core.event_destination.ping.notification": Assert<MutuallyAssignable<Ours.V2CoreEventDestinationPingNotification, Spec1["schemas"]["v2.core.event_destination.ping.notification"]>>;
}
