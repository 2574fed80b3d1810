// createWebhookReceiver: binds the receiving functions to a generated event map and its
// validators. The package entry (index.ts) binds this project's own; a project that generates from
// its own specs binds its generated webhooks.ts and validators.ts the same way.
import type { ValidateFn } from "../runtime/operation.ts";
import { checkNotification, checkV1Event, parsePayload, type ValidateOption } from "./check-payload.ts";
import type { EventNotification, EventSchemaNames, EventTypesShape, V1Event } from "./event-types.ts";
import { withNotificationMethods } from "./notification-methods.ts";
import { createEventRouter, type EventRouter, type RouterOptions } from "./router.ts";
import {
  type RawPayload,
  type Secrets,
  type VerifyOptions,
  verifySignature,
  verifySignatureAsync,
} from "./verify-signature.ts";

export interface ParseOptions extends VerifyOptions {
  /** true (default): a schema mismatch throws WebhookPayloadError; false: no validation; a callback sees the violations and lets the payload through. */
  readonly validate?: ValidateOption;
}

type Header = string | null | undefined;

/** A receiving method: verifies the signature header against the secrets, then reads the payload. */
export type Receive<R> = (payload: RawPayload, header: Header, secrets: Secrets, options?: ParseOptions) => R;

export interface WebhookReceiver<M extends EventTypesShape> {
  /** A v1 snapshot event: verified, parsed and validated. Refuses a thin notification. */
  readonly constructEvent: Receive<V1Event<M>>;
  readonly constructEventAsync: Receive<Promise<V1Event<M>>>;
  /** A v2 thin notification: verified, parsed, validated, with fetchEvent and fetchRelatedObject. Refuses a v1 event. */
  readonly parseEventNotification: Receive<EventNotification<M>>;
  readonly parseEventNotificationAsync: Receive<Promise<EventNotification<M>>>;
  createEventRouter<Client = undefined>(options: RouterOptions<Client>): EventRouter<M, Client>;
}

export interface ReceiverBindings<M extends EventTypesShape> {
  /** validate() of the generated validators.ts. */
  readonly validate: ValidateFn;
  /** eventSchemas of the generated webhooks.ts. */
  readonly schemas: EventSchemaNames<M>;
}

export function createWebhookReceiver<M extends EventTypesShape>(bindings: ReceiverBindings<M>): WebhookReceiver<M> {
  const payloadBindings = bindings as ReceiverBindings<EventTypesShape>;
  const v1 = (payload: RawPayload, options: ParseOptions) =>
    checkV1Event(payloadBindings, parsePayload(payload), options.validate) as V1Event<M>;
  const thin = (payload: RawPayload, options: ParseOptions) =>
    withNotificationMethods(
      checkNotification(payloadBindings, parsePayload(payload), options.validate),
    ) as EventNotification<M>;
  return {
    constructEvent: verifiedThen(v1),
    constructEventAsync: verifiedAsyncThen(v1),
    parseEventNotification: verifiedThen(thin),
    parseEventNotificationAsync: verifiedAsyncThen(thin),
    createEventRouter: (options) => createEventRouter(payloadBindings, options),
  };
}

type Read<R> = (payload: RawPayload, options: ParseOptions) => R;

function verifiedThen<R>(read: Read<R>): Receive<R> {
  return (payload, header, secrets, options = {}) => {
    verifySignature(payload, header, secrets, options);
    return read(payload, options);
  };
}

function verifiedAsyncThen<R>(read: Read<R>): Receive<Promise<R>> {
  return async (payload, header, secrets, options = {}) => {
    await verifySignatureAsync(payload, header, secrets, options);
    return read(payload, options);
  };
}
