// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).
// Generator: stripe-events-contract 0.1.0
// Sources:
//   specs/stripe-events-api-openapi.yml sha256:88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207
//   specs/stripe-events-api.overlay.yml sha256:77cfe58f1bac4ff0d65b5af267942ba26d242f4e6785fb4e90e49b73f249beab
//   specs/stripe-v2-core-events-openapi.yml sha256:7e4def3e2efcb60f4bbe0fbe7ddd2e51433e99210fea3e59064950a279617033
//   specs/stripe-event.json sha256:93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f
import { createValidate, type ValidationResult } from "../runtime/index.ts";
import { byName } from "./validators.compiled.js";
import type * as T from "./types.ts";
export { schemaNames } from "./validators.compiled.js";
/** Every name validate() accepts (schemaNames lists them in order). */
export type SchemaName = keyof SchemaTypes;

/** The TypeScript type that each named validator checks. */
export interface SchemaTypes {
  "error": T.ErrorObject;
  "event": T.Event;
  "GetEventsRequest": T.GetEventsRequest;
  "NotificationEventList": T.NotificationEventList;
  "GetEventsIdRequest": T.GetEventsIdRequest;
  "notification_event_data": T.NotificationEventData;
  "notification_event_request": T.NotificationEventRequest;
  "api_errors": T.ApiErrors;
  "v2.core.event": T.V2CoreEvent;
  "v2.core.event_notification": T.V2CoreEventNotification;
  "v2.core.event_reason": T.V2CoreEventReason;
  "v2.core.event_related_object": T.V2CoreEventRelatedObject;
  "v2.core.event_list": T.V2CoreEventList;
  "v2.error": T.V2Error;
  "v1.billing.meter.error_report_triggered.notification": T.V1BillingMeterErrorReportTriggeredNotification;
  "v1.billing.meter.no_meter_found.notification": T.V1BillingMeterNoMeterFoundNotification;
  "v2.core.event_destination.ping.notification": T.V2CoreEventDestinationPingNotification;
  "stripe-event.json": T.StripeEvent;
}

/** Validates data against a named schema. Returns `{ valid: true }` or `{ valid: false, errors }` with a JSON pointer, schema path and message per error. */
export const validate = createValidate<SchemaName>(byName);

/** Type guard form of validate(). */
export function is<Name extends SchemaName>(name: Name, data: unknown): data is SchemaTypes[Name] {
  return validate(name, data).valid;
}

export type Validation = ValidationResult;
