// `webhooks listen`: a loopback receiver built on the router users deploy, with the project's own
// generated validators and event map. One line per delivery; --record keeps accepted deliveries
// as scrubbed, re-signed cassettes.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { eventMapPath, importValidators, locateValidatorsModule } from "../bulk-validate/project-validators.ts";
import { cassetteFileName, cassetteFromDelivery } from "../contract/webhook-cassette.ts";
import { displayPath } from "../generator/load/read-source.ts";
import { SpecError } from "../generator/spec-error.ts";
import { payloadSchema } from "../webhooks/check-payload.ts";
import type { EventSchemaNames, EventTypesShape } from "../webhooks/event-types.ts";
import { DEFAULT_MAX_BODY_BYTES, type RouterResponse, readBody } from "../webhooks/node-adapter.ts";
import { createWebhookReceiver } from "../webhooks/receiver.ts";

export interface ListenOptions {
  readonly port: number;
  readonly secret: string;
  readonly record?: string;
  readonly validators?: string;
}

interface Receiver {
  readonly handle: (raw: string, header: string | undefined) => Promise<RouterResponse>;
  readonly schemas: EventSchemaNames<EventTypesShape>;
}

export async function listen(options: ListenOptions): Promise<number> {
  const receiver = await projectReceiver(options.secret, options.validators);
  const tally = { accepted: 0, refused: 0 };
  let bound = options;
  const server = createServer((request, response) => {
    void receive(receiver, bound, request, response).then((ok) => void (ok ? tally.accepted++ : tally.refused++));
  });
  await new Promise<void>((done) => server.listen(options.port, "127.0.0.1", done));
  bound = { ...options, port: (server.address() as AddressInfo).port };
  console.log(`Listening on http://127.0.0.1:${bound.port} (any path); Ctrl+C to stop.`);
  await new Promise<void>((done) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => done());
  });
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
  console.log(`Stopped: ${tally.accepted} accepted, ${tally.refused} refused.`);
  return 0;
}

/** The router over the project's generated validators.ts and the webhooks.ts beside it. */
async function projectReceiver(secret: string, given: string | undefined): Promise<Receiver> {
  const validatorsPath = locateValidatorsModule(process.cwd(), given);
  const { validate, eventSchemas: schemas } = await importValidators(validatorsPath);
  if (schemas === undefined)
    throw SpecError.single(
      { file: displayPath(eventMapPath(validatorsPath)), message: "does not exist or exports no eventSchemas" },
      "Regenerate (npm run generate): generate writes webhooks.ts when the specs describe events.",
    );
  const router = createWebhookReceiver({ validate, schemas }).createEventRouter({
    secrets: secret,
    onHandlerError: () => {},
  });
  return { handle: router.handle, schemas };
}

async function receive(
  receiver: Receiver,
  options: ListenOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const bytes = request.method === "POST" ? await readBody(request, DEFAULT_MAX_BODY_BYTES) : undefined;
  const header = request.headers["stripe-signature"] as string | undefined;
  const raw = bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  const result: RouterResponse =
    raw === undefined
      ? {
          status: request.method === "POST" ? 413 : 405,
          body: { error: { reason: request.method === "POST" ? "too-large" : "method-not-allowed" } },
        }
      : await receiver.handle(raw, header);
  response.writeHead(result.status, { "content-type": "application/json" });
  response.end(JSON.stringify(result.body));
  const ok = result.status >= 200 && result.status < 300;
  console.log(ok ? acceptedLine(receiver, raw!, result) : refusedLine(request, result));
  if (ok && options.record !== undefined && result.body.duplicate !== true)
    record(receiver, options, raw!, header!, request);
  return ok;
}

function acceptedLine(receiver: Receiver, raw: string, result: RouterResponse): string {
  const payload = JSON.parse(raw) as Record<string, unknown>;
  const note = result.body.duplicate
    ? "duplicate, not handled again"
    : `valid against ${payloadSchema(receiver.schemas, payload)}`;
  return `✔ ${result.status} ${String(payload.id)} ${String(payload.type)} (${note})`;
}

function refusedLine(request: IncomingMessage, result: RouterResponse): string {
  return `✖ ${result.status} ${request.method} ${request.url}: ${describeAnswer(result.body)}`;
}

function record(
  receiver: Receiver,
  options: ListenOptions,
  raw: string,
  header: string,
  request: IncomingMessage,
): void {
  const timestamp = Number(/(?:^|,)t=(\d+)/.exec(header)?.[1]);
  const cassette = cassetteFromDelivery({
    raw,
    headers: Object.fromEntries(
      Object.entries(request.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])),
    ),
    timestamp,
    schema: payloadSchema(receiver.schemas, JSON.parse(raw)),
    origin: `stripe-events-contract webhooks listen on 127.0.0.1:${options.port}`,
    recordedAt: new Date().toISOString(),
  });
  const dir = resolve(options.record!);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, cassetteFileName(cassette));
  writeFileSync(path, `${JSON.stringify(cassette, null, 2)}\n`);
  console.log(`  recorded ${displayPath(path)}`);
}

/** A router answer in one line: the reason and the first sentence of its message, or the JSON as sent. */
export function describeAnswer(body: unknown): string {
  const error = (body as { error?: { reason?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.reason !== "string") return JSON.stringify(body);
  const message = typeof error.message === "string" ? error.message.split(/(?<=\.)\s/)[0] : undefined;
  return message ? `${error.reason}: ${message}` : error.reason;
}
