// HMAC-SHA256 for webhook signatures, without a static import of anything Node-only: on Node (and
// Bun, Deno) node:crypto is reached through process.getBuiltinModule, a synchronous fast path;
// everywhere else WebCrypto's crypto.subtle does the work, asynchronously.

/** The part of node:crypto used here, typed structurally so that no Node types are needed. */
interface NodeCryptoApi {
  createHmac(algorithm: "sha256", key: string): NodeHmac;
}

interface NodeHmac {
  update(data: string, encoding: "utf8"): NodeHmac;
  update(data: Uint8Array): NodeHmac;
  digest(encoding: "hex"): string;
}

type GetBuiltinModule = (id: string) => unknown;

function findNodeCrypto(): NodeCryptoApi | undefined {
  const host = globalThis as { process?: { getBuiltinModule?: GetBuiltinModule } };
  try {
    return host.process?.getBuiltinModule?.("node:crypto") as NodeCryptoApi | undefined;
  } catch {
    return undefined; // a runtime that has the function but not the module
  }
}

/** Looked up once: the runtime does not change while the process runs. */
const nodeCrypto = findNodeCrypto();

/** True where the synchronous functions (verifySignature, signPayload, constructEvent) work. */
export function hasSyncHmac(): boolean {
  return nodeCrypto !== undefined;
}

/**
 * The signature of `${timestamp}.${payload}` as lowercase hex, the form the header carries. A byte
 * payload is signed as it is, never re-decoded. Text goes in one update and comes out as hex:
 * measured faster than two updates or a Buffer digest, which matters at one HMAC per delivery.
 */
export function hmacSync(secret: string, timestamp: number, payload: string | Uint8Array): string {
  if (nodeCrypto === undefined) {
    throw new TypeError(
      "This runtime has no node:crypto, so the synchronous webhook functions cannot compute an HMAC. " +
        "Use verifySignatureAsync / constructEventAsync / parseEventNotificationAsync / signPayloadAsync (WebCrypto), " +
        "or the router, which picks the right one itself.",
    );
  }
  const hmac = nodeCrypto.createHmac("sha256", secret);
  if (typeof payload === "string") return hmac.update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return hmac.update(`${timestamp}.`, "utf8").update(payload).digest("hex");
}

const encoder = new TextEncoder();

export async function hmacAsync(secret: string, timestamp: number, payload: string | Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new TypeError("This runtime has neither node:crypto nor WebCrypto (crypto.subtle).");
  const key = await subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const prefix = encoder.encode(`${timestamp}.`);
  const body = typeof payload === "string" ? encoder.encode(payload) : payload;
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix);
  content.set(body, prefix.length);
  return toHex(new Uint8Array(await subtle.sign("HMAC", key, content)));
}

/**
 * Compares two signatures in time that depends only on the length, which is public (64 hex
 * digits). Exact characters, as stripe-node compares: "ABC…" does not match "abc…".
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

export function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
