// createEventRouter: verify → parse → validate → dispatch by type, for both v1 snapshot events and
// v2 thin notifications. `.on()` takes only the types the specs list (a typo does not compile, and
// a JavaScript caller's typo throws at start-up); `.onUnknown()` gets the rest. Answers: 200 when
// handled (or deliberately not), 400 with the reason for a bad signature or payload, 500 when a
// handler threw (Stripe retries; the event is not marked seen).
import {
  checkNotification,
  checkV1Event,
  isThinNotification,
  type PayloadBindings,
  parsePayload,
} from "./check-payload.ts";
import type { EventTypesShape, KnownEventType, PayloadOf, UnknownPayload } from "./event-types.ts";
import { hasSyncHmac } from "./hmac.ts";
import {
  DEFAULT_MAX_BODY_BYTES,
  methodNotAllowed,
  type NodeRequestLike,
  type NodeResponseLike,
  nodeHandler,
  type RouterResponse,
} from "./node-adapter.ts";
import { withNotificationMethods } from "./notification-methods.ts";
import { WebhookPayloadError } from "./payload-error.ts";
import { type SeenEvents, seenInMemory } from "./seen-events.ts";
import { WebhookSignatureError } from "./signature-error.ts";
import {
  checkSecrets,
  checkTolerance,
  type RawPayload,
  type Secrets,
  verifySignature,
  verifySignatureAsync,
} from "./verify-signature.ts";

export interface RouterOptions<Client> {
  /** The endpoint's signing secret, or several while rotating. */
  readonly secrets: Secrets;
  /** Handed to every handler as `context.client`, e.g. for `notification.fetchEvent(client)`. */
  readonly client?: Client;
  /** Duplicate detection (see SeenEvents); default an in-memory LRU of 10 000 ids; false turns it off. */
  readonly seen?: SeenEvents | false;
  readonly toleranceSeconds?: number;
  /** The current unix seconds; default the clock (tests replaying recorded deliveries pin it). */
  readonly now?: () => number;
  /** Told about each handler that threw (the delivery is answered 500); default console.error. */
  readonly onHandlerError?: (error: unknown, event: { readonly id: string; readonly type: string }) => void;
  /** The Node adapter refuses larger bodies with 413; default 5 MiB. */
  readonly maxBodyBytes?: number;
}

export interface HandlerContext<Client> {
  readonly client: Client;
}

type Handler<Payload, Client> = (payload: Payload, context: HandlerContext<Client>) => unknown;

export interface EventRouter<M extends EventTypesShape, Client> {
  /** Registers the handler of one listed type; its argument is narrowed to that type. Once per type. */
  on<K extends KnownEventType<M>>(type: K, handler: Handler<PayloadOf<M, K>, Client>): EventRouter<M, Client>;
  /** Registers the handler of every type the specs do not list (v1 events and thin notifications). */
  onUnknown(handler: Handler<UnknownPayload<M>, Client>): EventRouter<M, Client>;
  /** Verifies, validates and dispatches one delivery; never throws for a bad delivery. */
  handle(rawBody: RawPayload, header: string | null | undefined): Promise<RouterResponse>;
  /** For the Fetch API: Next.js route handlers, Hono, Bun, Deno, Workers. */
  handleRequest(request: Request): Promise<Response>;
  /** For Node's http (and Express): reads the raw body itself. */
  handleNodeRequest(request: NodeRequestLike, response: NodeResponseLike): Promise<void>;
}

type AnyHandler = Handler<never, unknown>;

export function createEventRouter<M extends EventTypesShape, Client>(
  bindings: PayloadBindings,
  options: RouterOptions<Client>,
): EventRouter<M, Client> {
  const secrets = checkSecrets(options.secrets);
  const toleranceSeconds = checkTolerance(options.toleranceSeconds);
  const handlers = new Map<string, AnyHandler>();
  let unknownHandler: AnyHandler | undefined;
  const dispatch = dispatcher(options, handlers, () => unknownHandler);
  const verify = hasSyncHmac() ? verifySignature : verifySignatureAsync;
  const handle = async (rawBody: RawPayload, header: string | null | undefined): Promise<RouterResponse> => {
    try {
      await verify(rawBody, header, secrets, { toleranceSeconds, now: options.now?.() });
      const parsed = parsePayload(rawBody);
      const payload = isThinNotification(parsed)
        ? withNotificationMethods(checkNotification(bindings, parsed))
        : checkV1Event(bindings, parsed);
      return await dispatch(payload);
    } catch (error) {
      if (error instanceof WebhookSignatureError || error instanceof WebhookPayloadError) return badRequest(error);
      throw error;
    }
  };
  const router: EventRouter<M, Client> = {
    on: (type, handler) => {
      register(bindings, handlers, type, handler as AnyHandler);
      return router;
    },
    onUnknown: (handler) => {
      if (unknownHandler) throw new Error("onUnknown() is registered already; register it once.");
      unknownHandler = handler as AnyHandler;
      return router;
    },
    handle,
    handleRequest: (request) => handleFetchRequest(handle, request),
    handleNodeRequest: nodeHandler(handle, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
  };
  return router;
}

function register(
  bindings: PayloadBindings,
  handlers: Map<string, AnyHandler>,
  type: string,
  handler: AnyHandler,
): void {
  const { snapshot, thin } = bindings.schemas;
  if (!Object.hasOwn(snapshot, type) && !Object.hasOwn(thin, type)) {
    throw new TypeError(
      `"${type}" is not an event type the specs list (${[...Object.keys(snapshot), ...Object.keys(thin)].join(", ") || "none"}); handle it with onUnknown().`,
    );
  }
  if (handlers.has(type)) throw new Error(`A handler for "${type}" is registered already; register each type once.`);
  handlers.set(type, handler);
}

function dispatcher<Client>(
  options: RouterOptions<Client>,
  handlers: ReadonlyMap<string, AnyHandler>,
  unknownHandler: () => AnyHandler | undefined,
) {
  const seen = options.seen === false ? undefined : (options.seen ?? seenInMemory());
  const context = { client: options.client as Client };
  const onHandlerError =
    options.onHandlerError ??
    ((error, event) => console.error(`Handler for ${event.type} (${event.id}) threw:`, error));
  return async (payload: Record<string, unknown>): Promise<RouterResponse> => {
    const event = { id: String(payload.id), type: String(payload.type) };
    if (seen && (await seen.has(event.id))) return { status: 200, body: { received: true, duplicate: true } };
    const handler = payload.knownType === true ? handlers.get(event.type) : unknownHandler();
    try {
      await handler?.(payload as never, context);
    } catch (error) {
      onHandlerError(error, event);
      const message = `The handler for ${event.type} threw; Stripe retries the delivery.`;
      return { status: 500, body: { error: { reason: "handler-failed", message } } };
    }
    await seen?.add(event.id);
    return { status: 200, body: handler ? { received: true } : { received: true, handled: false } };
  };
}

function badRequest(error: WebhookSignatureError | WebhookPayloadError): RouterResponse {
  const violations =
    error instanceof WebhookPayloadError && error.violations.length > 0
      ? { violations: error.violations.slice(0, 10) }
      : {};
  return { status: 400, body: { error: { reason: error.reason, message: error.message, ...violations } } };
}

async function handleFetchRequest(
  handle: (rawBody: RawPayload, header: string | null) => Promise<RouterResponse>,
  request: Request,
): Promise<Response> {
  const result =
    request.method === "POST"
      ? await handle(new Uint8Array(await request.arrayBuffer()), request.headers.get("stripe-signature"))
      : methodNotAllowed();
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (result.status === 405) headers.allow = "POST";
  return new Response(JSON.stringify(result.body), { status: result.status, headers });
}
