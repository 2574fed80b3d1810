// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).
// Generator: stripe-events-contract 0.1.0
// Sources:
//   specs/stripe-events-api-openapi.yml sha256:88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207
//   specs/stripe-events-api.overlay.yml sha256:77cfe58f1bac4ff0d65b5af267942ba26d242f4e6785fb4e90e49b73f249beab
//   specs/stripe-v2-core-events-openapi.yml sha256:7e4def3e2efcb60f4bbe0fbe7ddd2e51433e99210fea3e59064950a279617033
//   specs/stripe-event.json sha256:93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f
export interface paths {
    "/v2/core/event_destinations/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ping an event destination
         * @description Send a ping event to an event destination.
         */
        post: operations["postV2CoreEventDestinationsIdPing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/core/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an event
         * @description Fetch the versioned event behind a thin event notification. Fetched events carry `data` and `changes`, which thin payloads omit.
         */
        get: operations["getV2CoreEventsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/core/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description List events for one object, newest first. Not shown on the seed pages; this operation is taken from Stripe's public API v2 reference ("List all events", GET /v2/core/events). Pagination follows `next_page_url` until it is null.
         */
        get: operations["getV2CoreEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "v1.billing.meter.error_report_triggered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * v1.billing.meter.error_report_triggered (thin event notification)
         * @description Occurs when a meter has invalid asynchronous usage events. Related object: the meter (`billing.meter`).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's signing secret>`; several v1= entries while a secret is being rolled. */
                    "Stripe-Signature": components["parameters"]["StripeSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["v1.billing.meter.error_report_triggered.notification"];
                };
            };
            responses: {
                200: components["responses"]["Acknowledged"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "v1.billing.meter.no_meter_found": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * v1.billing.meter.no_meter_found (thin event notification)
         * @description Occurs when asynchronous usage events name a meter that does not exist. Related object: none declared (stripe-node 23 declares none for this type either), so `related_object` may be null.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's signing secret>`; several v1= entries while a secret is being rolled. */
                    "Stripe-Signature": components["parameters"]["StripeSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["v1.billing.meter.no_meter_found.notification"];
                };
            };
            responses: {
                200: components["responses"]["Acknowledged"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "v2.core.event_destination.ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * v2.core.event_destination.ping (thin event notification)
         * @description Occurs when an event destination is pinged. Related object: the event destination (`v2.core.event_destination`).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's signing secret>`; several v1= entries while a secret is being rolled. */
                    "Stripe-Signature": components["parameters"]["StripeSignature"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["v2.core.event_destination.ping.notification"];
                };
            };
            responses: {
                200: components["responses"]["Acknowledged"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * V2CoreEvent
         * @description A v2 event as returned by ping and by fetching an event. Unlike v1, `created` is an ISO 8601 date-time string, not Unix seconds. `changes` is only present on fetched events.
         */
        "v2.core.event": {
            /** @description Unique identifier for the event. */
            id: string;
            /**
             * @description String representing the object's type.
             * @enum {string}
             */
            object: "v2.core.event";
            /** @description Authentication context needed to fetch the event or related object. */
            context: string | null;
            /**
             * Format: date-time
             * @description Time at which the object was created.
             */
            created: string;
            /** @description Additional data about the event. */
            data: {
                [key: string]: unknown;
            } | null;
            /** @description Changes to the related object (fetched events only). */
            changes?: {
                [key: string]: unknown;
            };
            /** @description True in live mode, false in test mode. */
            livemode: boolean;
            reason: components["schemas"]["v2.core.event_reason"];
            related_object: components["schemas"]["v2.core.event_related_object"];
            /** @description The type of the event. */
            type: string;
        };
        /**
         * V2CoreEventNotification
         * @description The thin event delivered to an event destination, whatever its type. Its payload is unversioned and carries no `data`; fetch the event (GET /v2/core/events/{id}) to read it. Stripe adds thin event types continually, so `type` is any string here; the types this spec knows have their own schemas (marked `x-stripeEvent` with that `type`), and this one is marked `x-stripeEvent` without a type: the notification of any thin event.
         * @example {
         *       "context": null,
         *       "created": "2025-01-01T00:00:00.000Z",
         *       "id": "evt_65RCjj4EqW1sabcjs2Z16RCMoNQdSQkOWvfL6L5uU2K40u",
         *       "object": "v2.core.event",
         *       "reason": {
         *         "type": "request",
         *         "request": {
         *           "id": "req_v24sUK2aV6o01RdVU",
         *           "idempotency_key": "fe21992d-e123-3f8c-bc90-fec93712bcb2"
         *         }
         *       },
         *       "related_object": {
         *         "id": "ed_65SDS7HTasdQYsDClFT16CGd2aE2kBpeAvvRnBUcS2me",
         *         "type": "v2.core.event_destination",
         *         "url": "/v2/core/event_destinations/ed_65SDS7HTasdQYsDClFT16CGd2aE2kBpeAvvRnBUcS2me"
         *       },
         *       "type": "v2.core.event_destination.ping",
         *       "livemode": true
         *     }
         */
        "v2.core.event_notification": {
            /** @description Unique identifier for the event. */
            id: string;
            /**
             * @description String representing the object's type.
             * @enum {string}
             */
            object: "v2.core.event";
            /** @description Authentication context needed to fetch the event or related object. */
            context: string | null;
            /**
             * Format: date-time
             * @description Time at which the object was created.
             */
            created: string;
            /** @description True in live mode, false in test mode. */
            livemode: boolean;
            reason: components["schemas"]["v2.core.event_reason"];
            related_object: components["schemas"]["v2.core.event_related_object"];
            /** @description The type of the event. Types this spec knows: v1.billing.meter.error_report_triggered, v1.billing.meter.no_meter_found, v2.core.event_destination.ping (see their `<type>.notification` schemas); others are valid too. */
            type: string;
        };
        /**
         * V2CoreEventReason
         * @description Reason for the event.
         */
        "v2.core.event_reason": {
            /**
             * @description Event reason type.
             * @enum {string}
             */
            type: "request";
            /** @description Information on the API request that instigated the event. */
            request?: {
                /** @description ID of the API request that caused the event. */
                id: string;
                /** @description The idempotency key transmitted during the request. */
                idempotency_key: string;
            };
        } | null;
        /**
         * V2CoreEventRelatedObject
         * @description Object containing the reference to the API resource relevant to the event.
         */
        "v2.core.event_related_object": {
            /** @description Unique identifier for the object relevant to the event. */
            id: string;
            /** @description Type of the object relevant to the event. */
            type: string;
            /** @description URL to retrieve the resource. */
            url: string;
        } | null;
        /**
         * V2CoreEventList
         * @description One page of v2 events; follow `next_page_url` until it is null.
         */
        "v2.core.event_list": {
            data: components["schemas"]["v2.core.event"][];
            /** @description URL of the next page, or null on the last page. */
            next_page_url: string | null;
            /** @description URL of the previous page, or null on the first page. */
            previous_page_url: string | null;
        };
        /**
         * V2Error
         * @description Error body of API v2. Shape per stripe-node 23.1.0 (lib/RequestSender.js and lib/Error.js generateV2Error): the body is `{ error: {...} }`, the client switches on `error.type` (v2 types such as `not_found`, not v1's `invalid_request_error`), and reads `code`, `message` and the optional `user_message`.
         */
        "v2.error": {
            error: {
                /** @description The v2 error type, for example `not_found`. */
                type: string;
                /** @description A short, parsable code for the error. */
                code: string | null;
                /** @description A human-readable message for developers. */
                message: string;
                /** @description A message that can be shown to end users, when Stripe provides one. */
                user_message?: string | null;
            };
        };
        /**
         * V1BillingMeterErrorReportTriggeredNotification
         * @description Occurs when a meter has invalid asynchronous usage events. Related object: the meter (`billing.meter`).
         */
        "v1.billing.meter.error_report_triggered.notification": components["schemas"]["v2.core.event_notification"] & {
            /** @constant */
            type: "v1.billing.meter.error_report_triggered";
            /** @description Never null for this type. */
            related_object: Record<string, unknown>;
        };
        /**
         * V1BillingMeterNoMeterFoundNotification
         * @description Occurs when asynchronous usage events name a meter that does not exist. Related object: none declared (stripe-node 23 declares none for this type either), so `related_object` may be null.
         */
        "v1.billing.meter.no_meter_found.notification": components["schemas"]["v2.core.event_notification"] & {
            /** @constant */
            type: "v1.billing.meter.no_meter_found";
        };
        /**
         * V2CoreEventDestinationPingNotification
         * @description Occurs when an event destination is pinged. Related object: the event destination (`v2.core.event_destination`).
         */
        "v2.core.event_destination.ping.notification": components["schemas"]["v2.core.event_notification"] & {
            /** @constant */
            type: "v2.core.event_destination.ping";
            /** @description Never null for this type. */
            related_object: Record<string, unknown>;
        };
    };
    responses: {
        /** @description Any 2xx status acknowledges the delivery; any other status (or a timeout) makes Stripe retry it. */
        Acknowledged: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The resource wasn't found (v2 error type `not_found`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["v2.error"];
            };
        };
    };
    parameters: {
        /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's signing secret>`; several v1= entries while a secret is being rolled. */
        StripeSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postV2CoreEventDestinationsIdPing: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version; v2 preview endpoints need a `.preview` version.
                 * @example 2025-06-30.preview
                 */
                "Stripe-Version"?: string;
            };
            path: {
                /**
                 * @description Identifier for the event destination to ping.
                 * @example ed_test_61RM8ltWcTW4mbsxf16RJyfa2xSQLHJJh1sxm7H0KVT6
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The ping takes no parameters; an empty JSON object is accepted. */
        requestBody?: {
            content: {
                "application/json": Record<string, unknown>;
            };
        };
        responses: {
            /** @description The `v2.core.event_destination.ping` event that was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v2.core.event"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    getV2CoreEventsId: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description API version; v2 preview endpoints need a `.preview` version.
                 * @example 2025-06-30.preview
                 */
                "Stripe-Version"?: string;
            };
            path: {
                /**
                 * @description Identifier of the event.
                 * @example evt_65RCjj4EqW1sabcjs2Z16RCMoNQdSQkOWvfL6L5uU2K40u
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fetched event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v2.core.event"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    getV2CoreEvents: {
        parameters: {
            query: {
                /**
                 * @description Primary object ID used to retrieve related events.
                 * @example ed_65SDS7HTasdQYsDClFT16CGd2aE2kBpeAvvRnBUcS2me
                 */
                object_id: string;
                /** @description The page size. */
                limit?: number;
                /** @description The requested page token (taken from `next_page_url` / `previous_page_url`). */
                page?: string;
            };
            header?: {
                /**
                 * @description API version; v2 preview endpoints need a `.preview` version.
                 * @example 2025-06-30.preview
                 */
                "Stripe-Version"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v2.core.event_list"];
                };
            };
        };
    };
}
