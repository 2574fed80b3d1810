// The non-Stripe client against a real HTTP server on 127.0.0.1: what arrives on the socket is
// what the spec says, read back the way a server would (the raw request line and headers, and the
// body through the platform's Request.formData() / text()), and what the server answers comes back
// typed by its Content-Type.
import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { type LoopbackServer, startLoopbackServer } from "./loopback-server.ts";
import { createPetstoreClient, pet } from "./openapi-fixture.ts";

interface Arrived {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  /** The body as a platform Request, for formData() and text(). */
  request: Request;
}

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function readAll(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A server that records every request and answers with the next of `answers`. */
async function serve(...answers: { status?: number; type?: string; body: string | Uint8Array }[]) {
  const arrived: Arrived[] = [];
  server = await startLoopbackServer(async (message, response) => {
    const body = await readAll(message);
    const headers = new Headers(
      Object.entries(message.headers).map(([name, value]): [string, string] => [name, String(value)]),
    );
    const hasBody = message.method !== "GET" && message.method !== "HEAD";
    const request = new Request(`http://127.0.0.1${message.url}`, {
      method: message.method,
      headers,
      body: hasBody ? new Uint8Array(body) : undefined,
    });
    arrived.push({ method: message.method ?? "", url: message.url ?? "", headers: message.headers, request });
    const answer = answers.shift() ?? { status: 500, body: "no answer scripted" };
    response.writeHead(answer.status ?? 200, { "content-type": answer.type ?? "application/json" });
    response.end(answer.body);
  });
  const client = createPetstoreClient({ baseUrl: `${server.url}/v1`, sleep: async () => {} });
  return { arrived, client };
}

describe("openapi profile on a loopback server", () => {
  it("an upload arrives as multipart/form-data with the file's bytes, name and type", async () => {
    const { arrived, client } = await serve({ status: 201, body: JSON.stringify({ id: "ph_1", size: 4 }) });
    const photo = new File([new Uint8Array([255, 216, 255, 224])], "rex.jpg", { type: "image/jpeg" });
    const stored = await client.uploadPhoto({ path: { petId: 7 }, body: { photo, caption: "Rex", tags: ["a", "b"] } });
    expect(stored).toEqual({ id: "ph_1", size: 4 });
    const [first] = arrived;
    expect([first?.method, first?.url]).toEqual(["POST", "/v1/pets/7/photos"]);
    const form = await (first as Arrived).request.formData();
    const file = form.get("photo") as File;
    expect([file.name, file.type, [...new Uint8Array(await file.arrayBuffer())]]).toEqual([
      "rex.jpg",
      "image/jpeg",
      [255, 216, 255, 224],
    ]);
    expect([form.get("caption"), form.getAll("tags")]).toEqual(["Rex", ["a", "b"]]);
    expect(first?.headers["idempotency-key"]).toBeUndefined();
  });

  it("a merge patch arrives as application/merge-patch+json", async () => {
    const { arrived, client } = await serve({ body: JSON.stringify(pet) });
    await client.patchPet({ path: { petId: 7 }, body: { name: "Max", tag: null } });
    expect([arrived[0]?.method, arrived[0]?.headers["content-type"]]).toEqual([
      "PATCH",
      "application/merge-patch+json",
    ]);
    expect(await arrived[0]?.request.text()).toBe('{"name":"Max","tag":null}');
  });

  it("styled parameters arrive on the request line as the style table spells them", async () => {
    const { arrived, client } = await serve({ body: JSON.stringify(pet) }, { body: "{}" });
    await client.getPet({
      path: { petId: 7 },
      query: { tags: ["x", "y"], filter: { color: "red" } },
      headers: { "X-Trace-Id": "t-9", "X-Request-Tags": ["p", "q"] },
      cookies: { session: "s1" },
    });
    await client.getTile({ path: { zoom: [3], coords: { x: 1, y: 2 } } });
    expect(arrived.map((request) => request.url)).toEqual([
      "/v1/pets/7?tags=x%7Cy&filter%5Bcolor%5D=red",
      "/v1/tiles.3;x=1;y=2",
    ]);
    expect(arrived[0]?.headers).toMatchObject({ "x-trace-id": "t-9", "x-request-tags": "p,q", cookie: "session=s1" });
    expect(arrived[0]?.headers["stripe-version"]).toBeUndefined();
  });

  it("a CSV export comes back as text and a PNG as a Blob", async () => {
    const png = new Uint8Array([137, 80, 78, 71]);
    const { client } = await serve({ type: "text/csv", body: "id,name\n7,Rex\n" }, { type: "image/png", body: png });
    await expect(client.exportPets()).resolves.toBe("id,name\n7,Rex\n");
    const blob = await client.getAvatar({ path: { petId: 7 } });
    expect([blob.type, [...new Uint8Array(await blob.arrayBuffer())]]).toEqual(["image/png", [...png]]);
  });

  it("a GET answered 503 is retried; a POST answered 503 is not (twin)", async () => {
    const unavailable = { status: 503, body: "{}" };
    const { arrived, client } = await serve(unavailable, { body: JSON.stringify(pet) }, unavailable);
    await expect(client.getPet({ path: { petId: 7 }, headers: { "X-Trace-Id": "t" } })).resolves.toEqual(pet);
    await expect(client.createPet({ body: { name: "Rex" } })).rejects.toMatchObject({ status: 503 });
    expect(arrived.map((request) => request.method)).toEqual(["GET", "GET", "POST"]);
  });
});
