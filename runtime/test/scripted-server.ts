// One loopback HTTP server scripted with faults, for the differential test: each request that
// arrives takes the next step of the script (answer, reset, close, trickle, truncate, stall) and is
// recorded with the times it arrived and was finished, so waits between attempts can be measured.
import type { IncomingMessage, ServerResponse } from "node:http";
import { type LoopbackServer, startLoopbackServer } from "./loopback-server.ts";

export type Step =
  | {
      readonly kind: "answer";
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Record<string, string>;
    }
  /** A TCP reset before any response (ECONNRESET). */
  | { readonly kind: "reset-before" }
  /** The socket closed without a response: what a stale keep-alive socket looks like to the client. */
  | { readonly kind: "close-before" }
  /** Headers and part of the body, then a reset. */
  | { readonly kind: "reset-during" }
  /** Headers promise more bytes than arrive before the socket closes. */
  | { readonly kind: "truncate" }
  /** The body in `pieces` pieces, `gapMs` apart. */
  | { readonly kind: "trickle"; readonly pieces: number; readonly gapMs: number }
  /** Nothing for `ms`, then the answer. */
  | { readonly kind: "stall"; readonly ms: number; readonly body: unknown };

export interface Attempt {
  readonly method: string;
  readonly path: string;
  readonly query: [string, string][];
  readonly contentType: string | undefined;
  readonly body: string;
  readonly idempotencyKey: string | undefined;
  readonly headers: IncomingMessage["headers"];
  readonly arrivedAt: number;
  /** When the server was done with it (answer sent, socket reset or closed). */
  finishedAt: number;
}

export interface ScriptedServer {
  readonly host: string;
  readonly port: number;
  readonly url: string;
  /** Replaces the script and forgets earlier attempts. */
  script(steps: readonly Step[]): void;
  readonly attempts: Attempt[];
  close(): Promise<void>;
}

export const OK_EVENT = { id: "evt_1", object: "event", type: "charge.succeeded", data: { object: {} } };

async function record(message: IncomingMessage): Promise<Attempt> {
  const arrivedAt = performance.now();
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const url = new URL(message.url ?? "/", "http://127.0.0.1");
  const key = message.headers["idempotency-key"];
  return {
    method: message.method ?? "",
    path: url.pathname,
    query: [...url.searchParams],
    contentType: message.headers["content-type"],
    body: Buffer.concat(chunks).toString("utf8"),
    idempotencyKey: typeof key === "string" ? key : undefined,
    headers: message.headers,
    arrivedAt,
    finishedAt: arrivedAt,
  };
}

function finish(attempt: Attempt): void {
  attempt.finishedAt = performance.now();
}

function answer(response: ServerResponse, attempt: Attempt, status: number, body: unknown, headers = {}): void {
  response.writeHead(status, { "content-type": "application/json", "request-id": `req_${status}`, ...headers });
  response.end(JSON.stringify(body), () => finish(attempt));
}

function partialBody(message: IncomingMessage, response: ServerResponse, attempt: Attempt, reset: boolean): void {
  const text = JSON.stringify(OK_EVENT);
  response.writeHead(200, { "content-type": "application/json", "content-length": String(text.length) });
  response.write(text.slice(0, 10), () => {
    if (reset) message.socket.resetAndDestroy();
    else message.socket.end();
    finish(attempt);
  });
}

function trickle(response: ServerResponse, attempt: Attempt, pieces: number, gapMs: number): void {
  const text = JSON.stringify(OK_EVENT);
  const size = Math.ceil(text.length / pieces);
  response.writeHead(200, { "content-type": "application/json", "request-id": "req_trickle" });
  let sent = 0;
  const timer = setInterval(() => {
    response.write(text.slice(sent, sent + size));
    sent += size;
    if (sent < text.length) return;
    clearInterval(timer);
    response.end(() => finish(attempt));
  }, gapMs);
}

function stall(response: ServerResponse, attempt: Attempt, ms: number, body: unknown): void {
  // A client that gives up closes the connection: that is when it stopped waiting.
  response.once("close", () => {
    if (!response.writableFinished) finish(attempt);
  });
  setTimeout(() => {
    if (!response.destroyed) answer(response, attempt, 200, body);
  }, ms);
}

function act(step: Step, message: IncomingMessage, response: ServerResponse, attempt: Attempt): void {
  if (step.kind === "answer") answer(response, attempt, step.status, step.body, step.headers);
  else if (step.kind === "trickle") trickle(response, attempt, step.pieces, step.gapMs);
  else if (step.kind === "stall") stall(response, attempt, step.ms, step.body);
  else if (step.kind === "reset-during" || step.kind === "truncate")
    partialBody(message, response, attempt, step.kind === "reset-during");
  else {
    if (step.kind === "reset-before") message.socket.resetAndDestroy();
    else message.socket.destroy();
    finish(attempt);
  }
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  let steps: Step[] = [];
  const attempts: Attempt[] = [];
  const loopback: LoopbackServer = await startLoopbackServer(async (message, response) => {
    const attempt = await record(message);
    attempts.push(attempt);
    act(steps.shift() ?? { kind: "answer", status: 599, body: { error: "unscripted" } }, message, response, attempt);
  });
  const { hostname, port } = new URL(loopback.url);
  return {
    host: hostname,
    port: Number(port),
    url: loopback.url,
    script: (next) => {
      steps = [...next];
      attempts.length = 0;
    },
    attempts,
    close: loopback.close,
  };
}
