// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).
// Generator: stripe-events-contract 0.1.0
// Sources:
//   specs/stripe-events-api-openapi.yml sha256:88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207
//   specs/stripe-events-api.overlay.yml sha256:77cfe58f1bac4ff0d65b5af267942ba26d242f4e6785fb4e90e49b73f249beab
//   specs/stripe-v2-core-events-openapi.yml sha256:7e4def3e2efcb60f4bbe0fbe7ddd2e51433e99210fea3e59064950a279617033
//   specs/stripe-event.json sha256:93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f
export interface paths {
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stripe Get   Events
         * @description <p>List events, going back up to 30 days. Each event data is rendered according to Stripe API version at its creation time, specified in <a href="/docs/api/events/object">event object</a> <code>api_version</code> attribute (not according to your current Stripe API version or <code>Stripe-Version</code> header).</p>
         */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stripe Get   Events Id
         * @description <p>Retrieves the details of an event. Supply the unique identifier of the event, which you might have received in a webhook.</p>
         */
        get: operations["getEventsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An error response from the Stripe API */
        error: {
            error: components["schemas"]["api_errors"];
        };
        /**
         * NotificationEvent
         * @description Events are our way of letting you know when something interesting happens in
         *     your account. When an interesting event occurs, we create a new `Event`
         *     object. For example, when a charge succeeds, we create a `charge.succeeded`
         *     event, and when an invoice payment attempt fails, we create an
         *     `invoice.payment_failed` event. Certain API requests might create multiple
         *     events. For example, if you create a new subscription for a
         *     customer, you receive both a `customer.subscription.created` event and a
         *     `charge.succeeded` event.
         *
         *     Events occur when the state of another API resource changes. The event's data
         *     field embeds the resource's state at the time of the change. For
         *     example, a `charge.succeeded` event contains a charge, and an
         *     `invoice.payment_failed` event contains an invoice.
         *
         *     As with other API resources, you can use endpoints to retrieve an
         *     [individual event](https://stripe.com/docs/api#retrieve_event) or a [list of events](https://stripe.com/docs/api#list_events)
         *     from the API. We also have a separate
         *     [webhooks](http://en.wikipedia.org/wiki/Webhook) system for sending the
         *     `Event` objects directly to an endpoint on your server. You can manage
         *     webhooks in your
         *     [account settings](https://dashboard.stripe.com/account/webhooks). Learn how
         *     to [listen for events](https://stripe.com/docs/webhooks)
         *     so that your integration can automatically trigger reactions.
         *
         *     When using [Connect](https://stripe.com/docs/connect), you can also receive event notifications
         *     that occur in connected accounts. For these events, there's an
         *     additional `account` attribute in the received `Event` object.
         *
         *     We only guarantee access to events through the [Retrieve Event API](https://stripe.com/docs/api#retrieve_event)
         *     for 30 days.
         */
        event: {
            /** @description The connected account that originates the event. */
            account?: string;
            /** @description The Stripe API version used to render `data`. This property is populated only for events on or after October 31, 2014. */
            api_version?: string | null;
            /**
             * Format: unix-time
             * @description Time at which the object was created. Measured in seconds since the Unix epoch.
             */
            created: number;
            data: components["schemas"]["notification_event_data"];
            /** @description Unique identifier for the object. */
            id: string;
            /** @description Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
            livemode: boolean;
            /**
             * @description String representing the object's type. Objects of the same type share the same value.
             * @enum {string}
             */
            object: "event";
            /** @description Number of webhooks that haven't been successfully delivered (for example, to return a 20x response) to the URLs you specify. */
            pending_webhooks: number;
            /** @description Information on the API request that triggers the event. */
            request?: components["schemas"]["notification_event_request"] | null;
            /** @description Description of the event (for example, `invoice.created` or `charge.refunded`). */
            type: string;
        };
        GetEventsRequest: Record<string, unknown>;
        NotificationEventList: {
            data: components["schemas"]["event"][];
            /** @description True if this list has another page of items after this one that can be fetched. */
            has_more: boolean;
            /**
             * @description String representing the object's type. Objects of the same type share the same value. Always has the value `list`.
             * @enum {string}
             */
            object: "list";
            /** @description The URL where this list can be accessed. */
            url: string;
        };
        GetEventsIdRequest: Record<string, unknown>;
        /**
         * NotificationEventData
         * @description Object containing data associated with the event.
         */
        notification_event_data: {
            /** @description Object containing the API resource relevant to the event. For example, an `invoice.created` event will have a full [invoice object](https://stripe.com/docs/api#invoice_object) as the value of the object key. */
            object: Record<string, unknown>;
            /** @description Object containing the names of the updated attributes and their values prior to the event (only included in events of type `*.updated`). If an array attribute has any updated elements, this object contains the entire array. In Stripe API versions 2017-04-06 or earlier, an updated array attribute in this object includes only the updated array elements. */
            previous_attributes?: Record<string, unknown>;
        };
        /**
         * NotificationEventRequest
         * @description Information on the API request that triggers the event.
         */
        notification_event_request: {
            /** @description ID of the API request that caused the event. If null, the event was automatic (e.g., Stripe's automatic subscription handling). Request logs are available in the [dashboard](https://dashboard.stripe.com/logs), but currently not in the API. */
            id?: string | null;
            /** @description The idempotency key transmitted during the request, if any. *Note: This property is populated only for events on or after May 23, 2017*. */
            idempotency_key?: string | null;
        };
        /**
         * APIErrors
         * @description The error object Stripe returns inside the `error` envelope of a failed v1 request.
         */
        api_errors: {
            /** @description For card errors, the ID of the failed charge. */
            charge?: string;
            /** @description For some errors that could be handled programmatically, a short string indicating the [error code](https://stripe.com/docs/error-codes) reported. */
            code?: string;
            /** @description For card errors resulting from a card issuer decline, a short string indicating the [card issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines) if they provide one. */
            decline_code?: string;
            /** @description A URL to more information about the [error code](https://stripe.com/docs/error-codes) reported. */
            doc_url?: string;
            /** @description A human-readable message providing more details about the error. For card errors, these messages can be shown to your users. */
            message?: string;
            /** @description If the error is parameter-specific, the parameter related to the error. For example, you can use this to display a message near the correct form field. */
            param?: string;
            /** @description The PaymentIntent object for errors returned on a request involving a PaymentIntent. Free-form here: the payment_intent schema is not part of the supplied Events spec. */
            payment_intent?: Record<string, unknown>;
            /** @description The PaymentMethod object for errors returned on a request involving a PaymentMethod. Free-form here: the payment_method schema is not part of the supplied Events spec. */
            payment_method?: Record<string, unknown>;
            /** @description If the error is specific to the type of payment method, the payment method type that had a problem. This field is only populated for invoice-related errors. */
            payment_method_type?: string;
            /** @description A URL to the request log entry in your dashboard. */
            request_log_url?: string;
            /** @description The SetupIntent object for errors returned on a request involving a SetupIntent. Free-form here: the setup_intent schema is not part of the supplied Events spec. */
            setup_intent?: Record<string, unknown>;
            /** @description The source object for errors returned on a request involving a source. Free-form here: the payment_source schema is not part of the supplied Events spec. */
            source?: Record<string, unknown>;
            /**
             * @description The type of error returned. One of `api_error`, `card_error`, `idempotency_error`, or `invalid_request_error`.
             * @enum {string}
             */
            type: "api_error" | "card_error" | "idempotency_error" | "invalid_request_error";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getEvents: {
        parameters: {
            query?: {
                created?: {
                    gt?: number;
                    gte?: number;
                    lt?: number;
                    lte?: number;
                } | number;
                /** @description Filter events by whether all webhooks were successfully delivered. If false, events which are still pending or have failed all delivery attempts to a webhook endpoint will be returned. */
                delivery_success?: boolean;
                /** @description A cursor for use in pagination. `ending_before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the previous page of the list. */
                ending_before?: string;
                /** @description Specifies which fields in the response should be expanded. */
                expand?: string[];
                /** @description A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10. */
                limit?: number;
                /** @description A cursor for use in pagination. `starting_after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the next page of the list. */
                starting_after?: string;
                /** @description A string containing a specific event name, or group of events using * as a wildcard. The list will be filtered to include only events with a matching event property. */
                type?: string;
                /** @description An array of up to 20 strings containing specific event names. The list will be filtered to include only events with a matching event property. You may pass either `type` or `types`, but not both. */
                types?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetEventsRequest"];
            };
        };
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationEventList"];
                };
            };
            /** @description Error response. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error"];
                };
            };
        };
    };
    getEventsId: {
        parameters: {
            query?: {
                /** @description Specifies which fields in the response should be expanded. */
                expand?: string[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetEventsIdRequest"];
            };
        };
        responses: {
            /** @description Successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["event"];
                };
            };
            /** @description Error response. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["error"];
                };
            };
        };
    };
}
