// Public entry point "stripe-events-contract/webhooks": receiving Stripe events. Verification,
// signing and the generic receiver work for any spec; constructEvent, parseEventNotification and
// createEventRouter are bound to this package's generated event map and validators. Nothing here
// imports anything Node-only (node:crypto is used when the runtime has it), so it runs on edge
// runtimes too.

import { validate } from "../generated/validators.ts";
import { type EventTypes, eventSchemas } from "../generated/webhooks.ts";
import { createWebhookReceiver } from "./receiver.ts";

export type { ValidateOption } from "./check-payload.ts";
export type {
  EventFetcher,
  EventNotification,
  EventSchemaNames,
  EventTypesShape,
  KnownEventType,
  NotificationMethods,
  PayloadOf,
  RawRequester,
  RelatedObject,
  RelatedObjectRequest,
  SnapshotEvent,
  ThinNotification,
  UnknownNotification,
  UnknownPayload,
  V1Event,
} from "./event-types.ts";
export { hasSyncHmac } from "./hmac.ts";
export type { NodeRequestLike, NodeResponseLike, RouterResponse } from "./node-adapter.ts";
export { type PayloadFailureReason, WebhookPayloadError } from "./payload-error.ts";
export { createWebhookReceiver, type ParseOptions, type ReceiverBindings, type WebhookReceiver } from "./receiver.ts";
export type { EventRouter, HandlerContext, RouterOptions } from "./router.ts";
export { type SeenEvents, seenInMemory } from "./seen-events.ts";
export { type SignOptions, signPayload, signPayloadAsync } from "./sign-payload.ts";
export { type SignatureFailureReason, WebhookSignatureError } from "./signature-error.ts";
export {
  DEFAULT_TOLERANCE_SECONDS,
  type RawPayload,
  type Secrets,
  type VerifiedSignature,
  type VerifyOptions,
  verifySignature,
  verifySignatureAsync,
} from "./verify-signature.ts";
export type { EventTypes };

const receiver = createWebhookReceiver<EventTypes>({ validate, schemas: eventSchemas });

/** This package's v1 event, narrowed where the specs describe its type. */
export type StripeV1Event = ReturnType<typeof receiver.constructEvent>;
/** This package's thin notification, narrowed where the specs list its type. */
export type StripeEventNotification = ReturnType<typeof receiver.parseEventNotification>;

export const {
  constructEvent,
  constructEventAsync,
  parseEventNotification,
  parseEventNotificationAsync,
  createEventRouter,
} = receiver;
