// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).
// Generator: stripe-events-contract 0.1.0
// Sources:
//   specs/stripe-events-api-openapi.yml sha256:88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207
//   specs/stripe-events-api.overlay.yml sha256:77cfe58f1bac4ff0d65b5af267942ba26d242f4e6785fb4e90e49b73f249beab
//   specs/stripe-v2-core-events-openapi.yml sha256:7e4def3e2efcb60f4bbe0fbe7ddd2e51433e99210fea3e59064950a279617033
//   specs/stripe-event.json sha256:93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f
import { createStripeClient, type ClientOptions, type RuntimeClient, type StripeCallOptions } from "../runtime/index.ts";
import { operations } from "./operations.ts";
import { validate } from "./validators.ts";
import type * as T from "./types.ts";

/** Request, response and list-item types of every operation, keyed by client method name. */
export interface Operations {
  /**
   * `GET /v1/events` (operationId `getEvents`)
   *
   * Stripe Get   Events
   *
   * <p>List events, going back up to 30 days. Each event data is rendered according to Stripe API version at its creation time, specified in <a href="/docs/api/events/object">event object</a> <code>api_version</code> attribute (not according to your current Stripe API version or <code>Stripe-Version</code> header).</p>
   */
  getEvents: {
    request: {
      query?: T.GetEventsQuery;
      headers?: Record<string, string>;
    } & StripeCallOptions;
    response: T.GetEventsResponse200;
    item: T.GetEventsResponse200["data"][number];
  };
  /**
   * `GET /v1/events/{id}` (operationId `getEventsId`)
   *
   * Stripe Get   Events Id
   *
   * <p>Retrieves the details of an event. Supply the unique identifier of the event, which you might have received in a webhook.</p>
   */
  getEventsId: {
    request: {
      path: T.GetEventsIdPathParams;
      query?: T.GetEventsIdQuery;
      headers?: Record<string, string>;
    } & StripeCallOptions;
    response: T.GetEventsIdResponse200;
    item: never;
  };
  /**
   * `POST /v2/core/event_destinations/{id}/ping` (operationId `postV2CoreEventDestinationsIdPing`)
   *
   * Ping an event destination
   *
   * Send a ping event to an event destination.
   */
  postV2CoreEventDestinationsIdPing: {
    request: {
      path: T.PostV2CoreEventDestinationsIdPingPathParams;
      body?: T.PostV2CoreEventDestinationsIdPingBody;
      headers?: T.PostV2CoreEventDestinationsIdPingHeaders & Record<string, string>;
    } & StripeCallOptions;
    response: T.PostV2CoreEventDestinationsIdPingResponse200;
    item: never;
  };
  /**
   * `GET /v2/core/events/{id}` (operationId `getV2CoreEventsId`)
   *
   * Retrieve an event
   *
   * Fetch the versioned event behind a thin event notification. Fetched events carry `data` and `changes`, which thin payloads omit.
   */
  getV2CoreEventsId: {
    request: {
      path: T.GetV2CoreEventsIdPathParams;
      headers?: T.GetV2CoreEventsIdHeaders & Record<string, string>;
    } & StripeCallOptions;
    response: T.GetV2CoreEventsIdResponse200;
    item: never;
  };
  /**
   * `GET /v2/core/events` (operationId `getV2CoreEvents`)
   *
   * List events
   *
   * List events for one object, newest first. Not shown on the seed pages; this operation is taken from Stripe's public API v2 reference ("List all events", GET /v2/core/events). Pagination follows `next_page_url` until it is null.
   */
  getV2CoreEvents: {
    request: {
      query: T.GetV2CoreEventsQuery;
      headers?: T.GetV2CoreEventsHeaders & Record<string, string>;
    } & StripeCallOptions;
    response: T.GetV2CoreEventsResponse200;
    item: T.GetV2CoreEventsResponse200["data"][number];
  };
}

export type Client = RuntimeClient<Operations>;

/** A client with one method per operation. See ClientOptions for keys, retries, timeouts and validation. */
export function createClient(options: ClientOptions = {}): Client {
  return createStripeClient<Operations>(operations, { validate }, options);
}
