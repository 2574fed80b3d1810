// The Node `http` adapter: reads the raw body itself (so no body parser can spoil the signature),
// then answers with the router's status and JSON body. Typed structurally: nothing Node-only is
// imported, and Express's req/res fit as they are.
import type { RawPayload } from "./verify-signature.ts";

export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  readonly method?: string;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Set by Express body parsers: bytes or text (express.raw / express.text) are the raw body; anything else was parsed. */
  readonly body?: unknown;
}

export interface NodeResponseLike {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body: string): unknown;
}

export interface RouterResponse {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}

export type Handle = (rawBody: RawPayload, header: string | null | undefined) => Promise<RouterResponse>;

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export function nodeHandler(handle: Handle, maxBodyBytes: number) {
  return async (request: NodeRequestLike, response: NodeResponseLike): Promise<void> => {
    const result = await respond(handle, maxBodyBytes, request);
    response.writeHead(result.status, {
      "content-type": "application/json",
      ...(result.status === 405 ? { allow: "POST" } : {}),
    });
    response.end(JSON.stringify(result.body));
  };
}

async function respond(handle: Handle, maxBodyBytes: number, request: NodeRequestLike): Promise<RouterResponse> {
  if (request.method !== "POST") return methodNotAllowed();
  const header = request.headers["stripe-signature"] as string | undefined;
  const given = request.body;
  if (typeof given === "string" || given instanceof Uint8Array) return handle(given, header);
  // A parsed body (express.json() ran first) goes to the verifier, which names the problem: not-raw-body.
  if (given !== undefined) return handle(given as RawPayload, header);
  const body = await readBody(request, maxBodyBytes);
  if (body === undefined)
    return {
      status: 413,
      body: { error: { reason: "too-large", message: `The body exceeds ${maxBodyBytes} bytes.` } },
    };
  return handle(body, header);
}

export function methodNotAllowed(): RouterResponse {
  return {
    status: 405,
    body: { error: { reason: "method-not-allowed", message: "Stripe delivers events with POST." } },
  };
}

/** The body's bytes, or undefined once it grows past the limit. */
export async function readBody(request: NodeRequestLike, maxBodyBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(bytes);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}
