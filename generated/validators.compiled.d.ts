// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).
// Generator: stripe-events-contract 0.1.0
// Sources:
//   specs/stripe-events-api-openapi.yml sha256:88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207
//   specs/stripe-events-api.overlay.yml sha256:77cfe58f1bac4ff0d65b5af267942ba26d242f4e6785fb4e90e49b73f249beab
//   specs/stripe-v2-core-events-openapi.yml sha256:7e4def3e2efcb60f4bbe0fbe7ddd2e51433e99210fea3e59064950a279617033
//   specs/stripe-event.json sha256:93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f
import type { CompiledValidator } from "../runtime/index.ts";
import type { SchemaName } from "./validators.ts";
/** The precompiled validator of `error` (validate("error", data) in validators.ts). */
export declare const validateError: CompiledValidator;
/** The precompiled validator of `event` (validate("event", data) in validators.ts). */
export declare const validateEvent: CompiledValidator;
/** The precompiled validator of `GetEventsRequest` (validate("GetEventsRequest", data) in validators.ts). */
export declare const validateGetEventsRequest: CompiledValidator;
/** The precompiled validator of `NotificationEventList` (validate("NotificationEventList", data) in validators.ts). */
export declare const validateNotificationEventList: CompiledValidator;
/** The precompiled validator of `GetEventsIdRequest` (validate("GetEventsIdRequest", data) in validators.ts). */
export declare const validateGetEventsIdRequest: CompiledValidator;
/** The precompiled validator of `notification_event_data` (validate("notification_event_data", data) in validators.ts). */
export declare const validateNotificationEventData: CompiledValidator;
/** The precompiled validator of `notification_event_request` (validate("notification_event_request", data) in validators.ts). */
export declare const validateNotificationEventRequest: CompiledValidator;
/** The precompiled validator of `api_errors` (validate("api_errors", data) in validators.ts). */
export declare const validateApiErrors: CompiledValidator;
/** The precompiled validator of `v2.core.event` (validate("v2.core.event", data) in validators.ts). */
export declare const validateV2CoreEvent: CompiledValidator;
/** The precompiled validator of `v2.core.event_notification` (validate("v2.core.event_notification", data) in validators.ts). */
export declare const validateV2CoreEventNotification: CompiledValidator;
/** The precompiled validator of `v2.core.event_reason` (validate("v2.core.event_reason", data) in validators.ts). */
export declare const validateV2CoreEventReason: CompiledValidator;
/** The precompiled validator of `v2.core.event_related_object` (validate("v2.core.event_related_object", data) in validators.ts). */
export declare const validateV2CoreEventRelatedObject: CompiledValidator;
/** The precompiled validator of `v2.core.event_list` (validate("v2.core.event_list", data) in validators.ts). */
export declare const validateV2CoreEventList: CompiledValidator;
/** The precompiled validator of `v2.error` (validate("v2.error", data) in validators.ts). */
export declare const validateV2Error: CompiledValidator;
/** The precompiled validator of `v1.billing.meter.error_report_triggered.notification` (validate("v1.billing.meter.error_report_triggered.notification", data) in validators.ts). */
export declare const validateV1BillingMeterErrorReportTriggeredNotification: CompiledValidator;
/** The precompiled validator of `v1.billing.meter.no_meter_found.notification` (validate("v1.billing.meter.no_meter_found.notification", data) in validators.ts). */
export declare const validateV1BillingMeterNoMeterFoundNotification: CompiledValidator;
/** The precompiled validator of `v2.core.event_destination.ping.notification` (validate("v2.core.event_destination.ping.notification", data) in validators.ts). */
export declare const validateV2CoreEventDestinationPingNotification: CompiledValidator;
/** The precompiled validator of `stripe-event.json` (validate("stripe-event.json", data) in validators.ts). */
export declare const validateStripeEventJson: CompiledValidator;
/** Every precompiled validator by the name validate() accepts: the registry validators.ts gives createValidate(). */
export declare const byName: Readonly<Record<SchemaName, CompiledValidator>>;
/** Every name validate() accepts, in the order of the exports. */
export declare const schemaNames: ReadonlyArray<SchemaName>;
