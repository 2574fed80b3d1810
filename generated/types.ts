// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).
// Generator: stripe-events-contract 0.1.0
// Sources:
//   specs/stripe-events-api-openapi.yml sha256:88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207
//   specs/stripe-events-api.overlay.yml sha256:77cfe58f1bac4ff0d65b5af267942ba26d242f4e6785fb4e90e49b73f249beab
//   specs/stripe-v2-core-events-openapi.yml sha256:7e4def3e2efcb60f4bbe0fbe7ddd2e51433e99210fea3e59064950a279617033
//   specs/stripe-event.json sha256:93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f

/**
 * An error response from the Stripe API
 * Schema `error` (specs/stripe-events-api-openapi.yml #/components/schemas/error).
 */
export interface ErrorObject {
  error: ApiErrors;
}

/**
 * Events are our way of letting you know when something interesting happens in
 * your account. When an interesting event occurs, we create a new `Event`
 * object. For example, when a charge succeeds, we create a `charge.succeeded`
 * event, and when an invoice payment attempt fails, we create an
 * `invoice.payment_failed` event. Certain API requests might create multiple
 * events. For example, if you create a new subscription for a
 * customer, you receive both a `customer.subscription.created` event and a
 * `charge.succeeded` event.
 *
 * Events occur when the state of another API resource changes. The event's data
 * field embeds the resource's state at the time of the change. For
 * example, a `charge.succeeded` event contains a charge, and an
 * `invoice.payment_failed` event contains an invoice.
 *
 * As with other API resources, you can use endpoints to retrieve an
 * [individual event](https://stripe.com/docs/api#retrieve_event) or a [list of events](https://stripe.com/docs/api#list_events)
 * from the API. We also have a separate
 * [webhooks](http://en.wikipedia.org/wiki/Webhook) system for sending the
 * `Event` objects directly to an endpoint on your server. You can manage
 * webhooks in your
 * [account settings](https://dashboard.stripe.com/account/webhooks). Learn how
 * to [listen for events](https://stripe.com/docs/webhooks)
 * so that your integration can automatically trigger reactions.
 *
 * When using [Connect](https://stripe.com/docs/connect), you can also receive event notifications
 * that occur in connected accounts. For these events, there's an
 * additional `account` attribute in the received `Event` object.
 *
 * We only guarantee access to events through the [Retrieve Event API](https://stripe.com/docs/api#retrieve_event)
 * for 30 days.
 * Schema `event` (specs/stripe-events-api-openapi.yml #/components/schemas/event).
 */
export interface Event {
  /** The connected account that originates the event. */
  account?: string;
  /** The Stripe API version used to render `data`. This property is populated only for events on or after October 31, 2014. */
  api_version?: string | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   * Unix time: seconds since 1970-01-01T00:00:00Z.
   * @format unix-time
   */
  created: number;
  data: NotificationEventData;
  /** Unique identifier for the object. */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "event";
  /** Number of webhooks that haven't been successfully delivered (for example, to return a 20x response) to the URLs you specify. */
  pending_webhooks: number;
  /** Information on the API request that triggers the event. */
  request?: NotificationEventRequest | null;
  /** Description of the event (for example, `invoice.created` or `charge.refunded`). */
  type: string;
}

/** Schema `GetEventsRequest` (specs/stripe-events-api-openapi.yml #/components/schemas/GetEventsRequest). */
export type GetEventsRequest = {
  [key: string]: unknown;
};

/** Schema `NotificationEventList` (specs/stripe-events-api-openapi.yml #/components/schemas/NotificationEventList). */
export interface NotificationEventList {
  data: Event[];
  /** True if this list has another page of items after this one that can be fetched. */
  has_more: boolean;
  /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
  object: "list";
  /** The URL where this list can be accessed. */
  url: string;
}

/** Schema `GetEventsIdRequest` (specs/stripe-events-api-openapi.yml #/components/schemas/GetEventsIdRequest). */
export type GetEventsIdRequest = {
  [key: string]: unknown;
};

/**
 * Object containing data associated with the event.
 * Schema `notification_event_data` (specs/stripe-events-api-openapi.yml #/components/schemas/notification_event_data).
 */
export interface NotificationEventData {
  /** Object containing the API resource relevant to the event. For example, an `invoice.created` event will have a full [invoice object](https://stripe.com/docs/api#invoice_object) as the value of the object key. */
  object: {
    [key: string]: unknown;
  };
  /** Object containing the names of the updated attributes and their values prior to the event (only included in events of type `*.updated`). If an array attribute has any updated elements, this object contains the entire array. In Stripe API versions 2017-04-06 or earlier, an updated array attribute in this object includes only the updated array elements. */
  previous_attributes?: {
    [key: string]: unknown;
  };
}

/**
 * Information on the API request that triggers the event.
 * Schema `notification_event_request` (specs/stripe-events-api-openapi.yml #/components/schemas/notification_event_request).
 */
export interface NotificationEventRequest {
  /** ID of the API request that caused the event. If null, the event was automatic (e.g., Stripe's automatic subscription handling). Request logs are available in the [dashboard](https://dashboard.stripe.com/logs), but currently not in the API. */
  id?: string | null;
  /** The idempotency key transmitted during the request, if any. *Note: This property is populated only for events on or after May 23, 2017*. */
  idempotency_key?: string | null;
}

/**
 * The error object Stripe returns inside the `error` envelope of a failed v1 request.
 * Schema `api_errors` (specs/stripe-events-api-openapi.yml #/components/schemas/api_errors).
 */
export interface ApiErrors {
  /** For card errors, the ID of the failed charge. */
  charge?: string;
  /** For some errors that could be handled programmatically, a short string indicating the [error code](https://stripe.com/docs/error-codes) reported. */
  code?: string;
  /** For card errors resulting from a card issuer decline, a short string indicating the [card issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines) if they provide one. */
  decline_code?: string;
  /** A URL to more information about the [error code](https://stripe.com/docs/error-codes) reported. */
  doc_url?: string;
  /** A human-readable message providing more details about the error. For card errors, these messages can be shown to your users. */
  message?: string;
  /** If the error is parameter-specific, the parameter related to the error. For example, you can use this to display a message near the correct form field. */
  param?: string;
  /** The PaymentIntent object for errors returned on a request involving a PaymentIntent. Free-form here: the payment_intent schema is not part of the supplied Events spec. */
  payment_intent?: {
    [key: string]: unknown;
  };
  /** The PaymentMethod object for errors returned on a request involving a PaymentMethod. Free-form here: the payment_method schema is not part of the supplied Events spec. */
  payment_method?: {
    [key: string]: unknown;
  };
  /** If the error is specific to the type of payment method, the payment method type that had a problem. This field is only populated for invoice-related errors. */
  payment_method_type?: string;
  /** A URL to the request log entry in your dashboard. */
  request_log_url?: string;
  /** The SetupIntent object for errors returned on a request involving a SetupIntent. Free-form here: the setup_intent schema is not part of the supplied Events spec. */
  setup_intent?: {
    [key: string]: unknown;
  };
  /** The source object for errors returned on a request involving a source. Free-form here: the payment_source schema is not part of the supplied Events spec. */
  source?: {
    [key: string]: unknown;
  };
  /** The type of error returned. One of `api_error`, `card_error`, `idempotency_error`, or `invalid_request_error`. */
  type: "api_error" | "card_error" | "idempotency_error" | "invalid_request_error";
}

/**
 * A v2 event as returned by ping and by fetching an event. Unlike v1, `created` is an ISO 8601 date-time string, not Unix seconds. `changes` is only present on fetched events.
 * Schema `v2.core.event` (specs/stripe-v2-core-events-openapi.yml #/components/schemas/v2.core.event).
 */
export interface V2CoreEvent {
  /** Unique identifier for the event. */
  id: string;
  /** String representing the object's type. */
  object: "v2.core.event";
  /** Authentication context needed to fetch the event or related object. */
  context: string | null;
  /**
   * Time at which the object was created.
   * @format date-time
   */
  created: string;
  /** Additional data about the event. */
  data: {
    [key: string]: unknown;
  } | null;
  /** Changes to the related object (fetched events only). */
  changes?: {
    [key: string]: unknown;
  };
  /** True in live mode, false in test mode. */
  livemode: boolean;
  reason: V2CoreEventReason;
  related_object: V2CoreEventRelatedObject;
  /** The type of the event. */
  type: string;
}

/**
 * The thin event delivered to an event destination, whatever its type. Its payload is unversioned and carries no `data`; fetch the event (GET /v2/core/events/{id}) to read it. Stripe adds thin event types continually, so `type` is any string here; the types this spec knows have their own schemas (marked `x-stripeEvent` with that `type`), and this one is marked `x-stripeEvent` without a type: the notification of any thin event.
 * Schema `v2.core.event_notification` (specs/stripe-v2-core-events-openapi.yml #/components/schemas/v2.core.event_notification).
 */
export interface V2CoreEventNotification {
  /** Unique identifier for the event. */
  id: string;
  /** String representing the object's type. */
  object: "v2.core.event";
  /** Authentication context needed to fetch the event or related object. */
  context: string | null;
  /**
   * Time at which the object was created.
   * @format date-time
   */
  created: string;
  /** True in live mode, false in test mode. */
  livemode: boolean;
  reason: V2CoreEventReason;
  related_object: V2CoreEventRelatedObject;
  /** The type of the event. Types this spec knows: v1.billing.meter.error_report_triggered, v1.billing.meter.no_meter_found, v2.core.event_destination.ping (see their `<type>.notification` schemas); others are valid too. */
  type: string;
}

/**
 * Reason for the event.
 * Schema `v2.core.event_reason` (specs/stripe-v2-core-events-openapi.yml #/components/schemas/v2.core.event_reason).
 */
export type V2CoreEventReason = {
  /** Event reason type. */
  type: "request";
  /** Information on the API request that instigated the event. */
  request?: {
    /** ID of the API request that caused the event. */
    id: string;
    /** The idempotency key transmitted during the request. */
    idempotency_key: string;
  };
} | null;
/**
 * Object containing the reference to the API resource relevant to the event.
 * Schema `v2.core.event_related_object` (specs/stripe-v2-core-events-openapi.yml #/components/schemas/v2.core.event_related_object).
 */
export type V2CoreEventRelatedObject = {
  /** Unique identifier for the object relevant to the event. */
  id: string;
  /** Type of the object relevant to the event. */
  type: string;
  /** URL to retrieve the resource. */
  url: string;
} | null;

/**
 * One page of v2 events; follow `next_page_url` until it is null.
 * Schema `v2.core.event_list` (specs/stripe-v2-core-events-openapi.yml #/components/schemas/v2.core.event_list).
 */
export interface V2CoreEventList {
  data: V2CoreEvent[];
  /** URL of the next page, or null on the last page. */
  next_page_url: string | null;
  /** URL of the previous page, or null on the first page. */
  previous_page_url: string | null;
}

/**
 * Error body of API v2. Shape per stripe-node 23.1.0 (lib/RequestSender.js and lib/Error.js generateV2Error): the body is `{ error: {...} }`, the client switches on `error.type` (v2 types such as `not_found`, not v1's `invalid_request_error`), and reads `code`, `message` and the optional `user_message`.
 * Schema `v2.error` (specs/stripe-v2-core-events-openapi.yml #/components/schemas/v2.error).
 */
export interface V2Error {
  error: {
    /** The v2 error type, for example `not_found`. */
    type: string;
    /** A short, parsable code for the error. */
    code: string | null;
    /** A human-readable message for developers. */
    message: string;
    /** A message that can be shown to end users, when Stripe provides one. */
    user_message?: string | null;
  };
}

/**
 * Occurs when a meter has invalid asynchronous usage events. Related object: the meter (`billing.meter`).
 * Schema `v1.billing.meter.error_report_triggered.notification` (specs/stripe-v2-core-events-openapi.yml #/components/schemas/v1.billing.meter.error_report_triggered.notification).
 */
export type V1BillingMeterErrorReportTriggeredNotification = V2CoreEventNotification & {
  type: "v1.billing.meter.error_report_triggered";
  /** Never null for this type. */
  related_object: {
    [key: string]: unknown;
  };
};
/**
 * Occurs when asynchronous usage events name a meter that does not exist. Related object: none declared (stripe-node 23 declares none for this type either), so `related_object` may be null.
 * Schema `v1.billing.meter.no_meter_found.notification` (specs/stripe-v2-core-events-openapi.yml #/components/schemas/v1.billing.meter.no_meter_found.notification).
 */
export type V1BillingMeterNoMeterFoundNotification = V2CoreEventNotification & {
  type: "v1.billing.meter.no_meter_found";
};
/**
 * Occurs when an event destination is pinged. Related object: the event destination (`v2.core.event_destination`).
 * Schema `v2.core.event_destination.ping.notification` (specs/stripe-v2-core-events-openapi.yml #/components/schemas/v2.core.event_destination.ping.notification).
 */
export type V2CoreEventDestinationPingNotification = V2CoreEventNotification & {
  type: "v2.core.event_destination.ping";
  /** Never null for this type. */
  related_object: {
    [key: string]: unknown;
  };
};

/**
 * Events are Stripe's way of letting you know when something interesting happens in your account. When an interesting event occurs, a new Event object is created and POSTed to the configured webhook URL.
 * Schema `stripe-event.json` (specs/stripe-event.json #).
 */
export interface StripeEvent {
  /** Unique identifier for the object. */
  id: string;
  /** String representing the object's type. */
  object: "event";
  /** The connected account that originated the event. */
  account?: string;
  /** The Stripe API version used to render data. */
  api_version: string | null;
  /** Time at which the object was created. Measured in seconds since the Unix epoch. */
  created: number;
  /** Object containing data associated with the event. */
  data: {
    /** Object containing the API resource relevant to the event. */
    object: {
      [key: string]: unknown;
    };
    /** Object containing the names of the updated attributes and their values prior to the event (only included in *.updated events). */
    previous_attributes?: {
      [key: string]: unknown;
    };
  };
  /** Has the value true if the object exists in live mode or the value false if the object exists in test mode. */
  livemode: boolean;
  /** Number of webhooks that haven't been successfully delivered (i.e., to return a 20x response) to the URLs you specify. */
  pending_webhooks: number;
  /** Information on the API request that triggers the event. */
  request?: {
    /** ID of the API request that caused the event. */
    id?: string | null;
    /** The idempotency key transmitted during the request, if any. */
    idempotency_key?: string | null;
  } | null;
  /** Description of the event (e.g., invoice.created or charge.refunded). */
  type: string;
}

/** query parameters of `GET /v1/events`. */
export interface GetEventsQuery {
  created?: RangeQuerySpecs | number;
  /** Filter events by whether all webhooks were successfully delivered. If false, events which are still pending or have failed all delivery attempts to a webhook endpoint will be returned. */
  delivery_success?: boolean;
  /** A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list. */
  ending_before?: string;
  /** Specifies which fields in the response should be expanded. */
  expand?: string[];
  /** A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10. */
  limit?: number;
  /** A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list. */
  starting_after?: string;
  /** A string containing a specific event name, or group of events using * as a wildcard. The list will be filtered to include only events with a matching event property. */
  type?: string;
  /** An array of up to 20 strings containing specific event names. The list will be filtered to include only events with a matching event property. You may pass either `type` or `types`, but not both. */
  types?: string[];
}

/** 200 response of `GET /v1/events`: Successful response. */
export type GetEventsResponse200 = NotificationEventList;
/** default response of `GET /v1/events`: Error response. */
export type GetEventsResponseDefault = ErrorObject;

/** path parameters of `GET /v1/events/{id}`. */
export interface GetEventsIdPathParams {
  id: string;
}

/** query parameters of `GET /v1/events/{id}`. */
export interface GetEventsIdQuery {
  /** Specifies which fields in the response should be expanded. */
  expand?: string[];
}

/** 200 response of `GET /v1/events/{id}`: Successful response. */
export type GetEventsIdResponse200 = Event;
/** default response of `GET /v1/events/{id}`: Error response. */
export type GetEventsIdResponseDefault = ErrorObject;

/** path parameters of `POST /v2/core/event_destinations/{id}/ping`. */
export interface PostV2CoreEventDestinationsIdPingPathParams {
  /** Identifier for the event destination to ping. */
  id: string;
}

/** header parameters of `POST /v2/core/event_destinations/{id}/ping`. */
export interface PostV2CoreEventDestinationsIdPingHeaders {
  /** API version; v2 preview endpoints need a `.preview` version. */
  "Stripe-Version"?: string;
}

/** Request body of `POST /v2/core/event_destinations/{id}/ping` (application/json). */
export type PostV2CoreEventDestinationsIdPingBody = {
  [key: string]: unknown;
};
/** 200 response of `POST /v2/core/event_destinations/{id}/ping`: The `v2.core.event_destination.ping` event that was sent. */
export type PostV2CoreEventDestinationsIdPingResponse200 = V2CoreEvent;
/** 404 response of `POST /v2/core/event_destinations/{id}/ping`: The resource wasn't found (v2 error type `not_found`). */
export type PostV2CoreEventDestinationsIdPingResponse404 = V2Error;

/** path parameters of `GET /v2/core/events/{id}`. */
export interface GetV2CoreEventsIdPathParams {
  /** Identifier of the event. */
  id: string;
}

/** header parameters of `GET /v2/core/events/{id}`. */
export interface GetV2CoreEventsIdHeaders {
  /** API version; v2 preview endpoints need a `.preview` version. */
  "Stripe-Version"?: string;
}

/** 200 response of `GET /v2/core/events/{id}`: The fetched event. */
export type GetV2CoreEventsIdResponse200 = V2CoreEvent;
/** 404 response of `GET /v2/core/events/{id}`: The resource wasn't found (v2 error type `not_found`). */
export type GetV2CoreEventsIdResponse404 = V2Error;

/** query parameters of `GET /v2/core/events`. */
export interface GetV2CoreEventsQuery {
  /** Primary object ID used to retrieve related events. */
  object_id: string;
  /** The page size. */
  limit?: number;
  /** The requested page token (taken from `next_page_url` / `previous_page_url`). */
  page?: string;
}

/** header parameters of `GET /v2/core/events`. */
export interface GetV2CoreEventsHeaders {
  /** API version; v2 preview endpoints need a `.preview` version. */
  "Stripe-Version"?: string;
}

/** 200 response of `GET /v2/core/events`: One page of events. */
export type GetV2CoreEventsResponse200 = V2CoreEventList;
/**
 * v1.billing.meter.error_report_triggered (thin event notification)
 * Request body of webhook `v1.billing.meter.error_report_triggered` (POST, application/json; specs/stripe-v2-core-events-openapi.yml #/webhooks/v1.billing.meter.error_report_triggered/post).
 */
export type V1BillingMeterErrorReportTriggeredWebhookBody = V1BillingMeterErrorReportTriggeredNotification;
/**
 * v1.billing.meter.no_meter_found (thin event notification)
 * Request body of webhook `v1.billing.meter.no_meter_found` (POST, application/json; specs/stripe-v2-core-events-openapi.yml #/webhooks/v1.billing.meter.no_meter_found/post).
 */
export type V1BillingMeterNoMeterFoundWebhookBody = V1BillingMeterNoMeterFoundNotification;
/**
 * v2.core.event_destination.ping (thin event notification)
 * Request body of webhook `v2.core.event_destination.ping` (POST, application/json; specs/stripe-v2-core-events-openapi.yml #/webhooks/v2.core.event_destination.ping/post).
 */
export type V2CoreEventDestinationPingWebhookBody = V2CoreEventDestinationPingNotification;

/** range_query_specs */
export interface RangeQuerySpecs {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}
