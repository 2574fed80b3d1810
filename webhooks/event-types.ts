// The types a receiver works with, derived from a generated event map (EventTypes in
// generated/webhooks.ts): v1 events narrowed by type where the spec gives their data, thin
// notifications narrowed by type, and an honest unknown branch for every type the spec does not list.
// `knownType` (true or false) is the discriminant: a `type: string` branch would swallow every
// literal in a switch, so narrowing on `type` alone cannot work once unknown types are admitted.

/** What a generated `EventTypes` interface looks like. */
export interface EventTypesShape {
  event: unknown;
  notification: unknown;
  snapshot: object;
  thin: object;
  webhooks: object;
}

/** What a generated `eventSchemas` constant looks like: the validator name behind each type. */
export interface EventSchemaNames<M extends EventTypesShape> {
  readonly event: string | null;
  readonly notification: string | null;
  readonly snapshot: { readonly [K in keyof M["snapshot"]]: string };
  readonly thin: { readonly [K in keyof M["thin"]]: string };
  readonly webhooks: { readonly [K in keyof M["webhooks"]]: string };
}

type Marked<T, Known extends boolean> = T & { readonly knownType: Known };

/** A v1 event of a type the spec describes: `type` is that literal and `data` its schema. */
export type SnapshotEvent<M extends EventTypesShape, K extends keyof M["snapshot"]> = Marked<
  Omit<M["event"], "type" | "data"> & { type: K; data: M["snapshot"][K] },
  true
>;

/** Any v1 event: one of the described types, or the spec's event with a type it does not list. */
export type V1Event<M extends EventTypesShape> =
  | { [K in keyof M["snapshot"]]: SnapshotEvent<M, K> }[keyof M["snapshot"]]
  | Marked<M["event"], false>;

/** The object behind `related_object.url`: the API's current state of it, as JSON. */
export type RelatedObject = Record<string, unknown>;

/** A client that can fetch a v2 event: the generated client's `getV2CoreEventsId`. */
export interface EventFetcher<Fetched = unknown> {
  getV2CoreEventsId(request: { path: { id: string }; stripeContext?: string }): Promise<Fetched>;
}

/** A GET of a path on the client's own base URL (the runtime's `rawRequest`). */
export interface RelatedObjectRequest {
  readonly method: "GET";
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly stripeContext?: string;
}

/** A client that can send a request to a same-origin path, sent like its other calls. */
export interface RawRequester {
  rawRequest(options: RelatedObjectRequest): Promise<unknown>;
}

type RelatedObjectResult<N> = N extends { related_object: infer R }
  ? null extends R
    ? RelatedObject | null
    : RelatedObject
  : RelatedObject | null;

type TypeOf<N> = N extends { type: infer T } ? T : string;

/** What a parsed notification can do: fetch its versioned event, or its related object's current state. */
export interface NotificationMethods<N> {
  /** GET /v2/core/events/{id} with the notification's context as Stripe-Context. */
  fetchEvent<Fetched>(client: EventFetcher<Fetched>): Promise<Fetched & { type: TypeOf<N> }>;
  /** GET related_object.url on the client's own base URL; null when there is no related object. */
  fetchRelatedObject(client: RawRequester): Promise<RelatedObjectResult<N>>;
}

export type ThinNotification<M extends EventTypesShape, K extends keyof M["thin"]> = Marked<
  M["thin"][K] & NotificationMethods<M["thin"][K]>,
  true
>;

export type UnknownNotification<M extends EventTypesShape> = Marked<
  M["notification"] & NotificationMethods<M["notification"]>,
  false
>;

/** Any thin notification: one of the listed types, or one whose type the spec does not list yet. */
export type EventNotification<M extends EventTypesShape> =
  | { [K in keyof M["thin"]]: ThinNotification<M, K> }[keyof M["thin"]]
  | UnknownNotification<M>;

/** Every type `.on()` accepts: the ones the specs list. */
export type KnownEventType<M extends EventTypesShape> = (keyof M["snapshot"] | keyof M["thin"]) & string;

export type PayloadOf<M extends EventTypesShape, K extends KnownEventType<M>> =
  | (K extends keyof M["thin"] ? ThinNotification<M, K> : never)
  | (K extends keyof M["snapshot"] ? SnapshotEvent<M, K> : never);

/** What `.onUnknown()` receives: a v1 event or a thin notification of a type the specs do not list. */
export type UnknownPayload<M extends EventTypesShape> = Marked<M["event"], false> | UnknownNotification<M>;
