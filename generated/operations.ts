// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).
// Generator: stripe-events-contract 0.1.0
// Sources:
//   specs/stripe-events-api-openapi.yml sha256:88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207
//   specs/stripe-events-api.overlay.yml sha256:77cfe58f1bac4ff0d65b5af267942ba26d242f4e6785fb4e90e49b73f249beab
//   specs/stripe-v2-core-events-openapi.yml sha256:7e4def3e2efcb60f4bbe0fbe7ddd2e51433e99210fea3e59064950a279617033
//   specs/stripe-event.json sha256:93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f
import type { OperationDescriptor } from "../runtime/index.ts";
/** Client method names, one per operation. */
export type OperationName = "getEvents" | "getEventsId" | "postV2CoreEventDestinationsIdPing" | "getV2CoreEventsId" | "getV2CoreEvents";
export const operations: Readonly<Record<OperationName, OperationDescriptor>> = JSON.parse(String.raw`{
  "getEvents": {"profile":"stripe","operationId":"getEvents","method":"GET","path":"/v1/events","serverUrl":"https://api.stripe.com","responses":{"200":"NotificationEventList","default":"error"},"pagination":"v1-list","apiVersion":"2023-10-16"},
  "getEventsId": {"profile":"stripe","operationId":"getEventsId","method":"GET","path":"/v1/events/{id}","serverUrl":"https://api.stripe.com","responses":{"200":"event","default":"error"},"apiVersion":"2023-10-16"},
  "postV2CoreEventDestinationsIdPing": {"profile":"stripe","operationId":"postV2CoreEventDestinationsIdPing","method":"POST","path":"/v2/core/event_destinations/{id}/ping","serverUrl":"https://api.stripe.com","responses":{"200":"v2.core.event","404":"v2.error"},"apiVersion":"2025-06-30.preview"},
  "getV2CoreEventsId": {"profile":"stripe","operationId":"getV2CoreEventsId","method":"GET","path":"/v2/core/events/{id}","serverUrl":"https://api.stripe.com","responses":{"200":"v2.core.event","404":"v2.error"},"apiVersion":"2025-06-30.preview"},
  "getV2CoreEvents": {"profile":"stripe","operationId":"getV2CoreEvents","method":"GET","path":"/v2/core/events","serverUrl":"https://api.stripe.com","responses":{"200":"v2.core.event_list"},"pagination":"v2-list","apiVersion":"2025-06-30.preview"}
}`);
