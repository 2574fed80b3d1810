// HMAC-SHA256 for webhook signatures, without a static import of anything Node-only: on Node (and
// Bun, Deno) node:crypto is reached through process.getBuiltinModule, a synchronous fast path;
// everywhere else WebCrypto's crypto.subtle does the work, asynchronously.

/** The part of node:crypto used here, typed structurally so that no Node types are needed. */
interface NodeCryptoApi {
  createHmac(algorithm: "sha256", key: string): NodeHmac;
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

interface NodeHmac {
  update(data: string | Uint8Array): NodeHmac;
  digest(): Uint8Array;
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

export const SIGNATURE_BYTES = 32;

/** True where the synchronous functions (verifySignature, signPayload, constructEvent) work. */
export function hasSyncHmac(): boolean {
  return nodeCrypto !== undefined;
}

/** The signed content is `${timestamp}.${payload}`; a byte payload is signed as it is, never re-decoded. */
export function hmacSync(secret: string, timestamp: number, payload: string | Uint8Array): Uint8Array {
  if (nodeCrypto === undefined) {
    throw new TypeError(
      "This runtime has no node:crypto, so the synchronous webhook functions cannot compute an HMAC. " +
        "Use verifySignatureAsync / constructEventAsync / parseEventNotificationAsync / signPayloadAsync (WebCrypto), " +
        "or the router, which picks the right one itself.",
    );
  }
  return nodeCrypto.createHmac("sha256", secret).update(`${timestamp}.`).update(payload).digest();
}

const encoder = new TextEncoder();

export async function hmacAsync(secret: string, timestamp: number, payload: string | Uint8Array): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new TypeError("This runtime has neither node:crypto nor WebCrypto (crypto.subtle).");
  const key = await subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const prefix = encoder.encode(`${timestamp}.`);
  const body = typeof payload === "string" ? encoder.encode(payload) : payload;
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix);
  content.set(body, prefix.length);
  return new Uint8Array(await subtle.sign("HMAC", key, content));
}

/** Compares in time that depends only on the length, which is public (always 32 bytes here). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  if (nodeCrypto !== undefined) return nodeCrypto.timingSafeEqual(a, b);
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

const LOWER_HEX_SIGNATURE = /^[0-9a-f]{64}$/;

/**
 * A `v1=` value as bytes, or undefined when it cannot be a signature. Stripe (and stripe-node, which
 * compares hex strings) accepts lowercase hex only, so "ABC…" is no signature here either.
 */
export function signatureBytes(hex: string): Uint8Array | undefined {
  if (!LOWER_HEX_SIGNATURE.test(hex)) return undefined;
  const bytes = new Uint8Array(SIGNATURE_BYTES);
  for (let index = 0; index < SIGNATURE_BYTES; index++)
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

export function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
