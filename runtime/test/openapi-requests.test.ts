// A client generated from a non-Stripe spec (fixtures/openapi/petstore-fixture.yml) sends exactly
// what the spec says: parameters by style, bodies by media type (multipart read back by the
// platform's Request.formData()), no Stripe headers and no automatic Idempotency-Key.
import { describe, expect, it } from "vitest";
import { ownValue } from "../request-parts.ts";
import { capturingFetch, headersOf, json, pet, petstore } from "./openapi-fixture.ts";

describe("parameters by style", () => {
  it("path, query, header and cookie parameters of getPet", async () => {
    const capture = capturingFetch(json(200, pet));
    await petstore(capture).getPet({
      path: { petId: 7 },
      query: {
        fields: ["name", "tag"],
        tags: ["a b", "c"],
        sizes: ["S", "M"],
        filter: { color: "red", age: 3 },
        color: { R: 100, G: 200, B: 150 },
        next: "/pets?page=2&x=[1]",
      },
      headers: { "X-Request-Tags": ["x", "y"], "X-Trace-Id": "t-1", "X-Extra": "e" },
      cookies: { session: "abc=1", prefs: ["dark", "compact"] },
    });
    const [request] = capture.requests;
    expect(request?.url).toBe(
      "https://pets.example.test/v1/pets/7?fields=name,tag&tags=a%20b%7Cc&sizes=S%20M" +
        "&filter%5Bcolor%5D=red&filter%5Bage%5D=3&R=100&G=200&B=150&next=/pets?page=2&x=[1]",
    );
    expect(headersOf(request)).toEqual({
      accept: "application/json, application/problem+json",
      "x-request-tags": "x,y",
      "x-trace-id": "t-1",
      "x-extra": "e",
      cookie: "session=abc%3D1; prefs=dark,compact",
    });
  });

  it("label and matrix path parameters and a `content` (JSON) query parameter", async () => {
    const capture = capturingFetch(json(200, {}));
    await petstore(capture).getTile({
      path: { zoom: [3, 4], coords: { x: 1, y: 2 } },
      query: { where: { bbox: [1, 2] } },
    });
    expect(capture.requests[0]?.url).toBe(
      "https://pets.example.test/v1/tiles.3,4;x=1;y=2?where=%7B%22bbox%22%3A%5B1%2C2%5D%7D",
    );
  });

  it("a missing required header, an unknown query parameter or cookie is a TypeError before anything is sent", async () => {
    const capture = capturingFetch();
    const client = petstore(capture);
    const headers = {} as { "X-Trace-Id": string };
    await expect(client.getPet({ path: { petId: 1 }, headers })).rejects.toThrow(
      'getPet: missing required header parameter "X-Trace-Id"',
    );
    const query = { color: { R: 1 }, colour: "red" } as { color: { R: number } };
    await expect(client.getPet({ path: { petId: 1 }, query, headers: { "X-Trace-Id": "t" } })).rejects.toThrow(
      'getPet: "colour" is not a query parameter of this operation',
    );
    const cookies = { sessions: "x" } as { session?: string };
    await expect(client.getPet({ path: { petId: 1 }, cookies, headers: { "X-Trace-Id": "t" } })).rejects.toThrow(
      'getPet: "sessions" is not a cookie parameter of this operation',
    );
    expect(capture.requests).toHaveLength(0);
  });
});

describe("request bodies by media type", () => {
  it.each([
    {
      name: "JSON Merge Patch",
      send: (client: ReturnType<typeof petstore>) => client.patchPet({ path: { petId: 7 }, body: { tag: null } }),
      contentType: "application/merge-patch+json",
      text: '{"tag":null}',
    },
    {
      name: "JSON Patch",
      send: (client: ReturnType<typeof petstore>) =>
        client.applyPetOperations({ path: { petId: 7 }, body: [{ op: "replace", path: "/name", value: "Max" }] }),
      contentType: "application/json-patch+json",
      text: '[{"op":"replace","path":"/name","value":"Max"}]',
    },
    {
      name: "a `*/*` body of plain data, as JSON (Kubernetes' createCoreV1Namespace)",
      send: (client: ReturnType<typeof petstore>) =>
        client.createNamespace({ body: { metadata: { name: "demo", labels: { a: "b" } } } }),
      contentType: "application/json",
      text: '{"metadata":{"name":"demo","labels":{"a":"b"}}}',
    },
    {
      name: "text/plain",
      send: (client: ReturnType<typeof petstore>) => client.createNote({ body: "line 1\nline 2" }),
      contentType: "text/plain",
      text: "line 1\nline 2",
    },
  ])("$name: sent as $contentType", async ({ send, contentType, text }) => {
    const capture = capturingFetch(json(200, pet));
    await send(petstore(capture));
    const [request] = capture.requests;
    expect(request?.headers.get("content-type")).toBe(contentType);
    expect(await request?.text()).toBe(text);
    expect(request?.headers.has("idempotency-key")).toBe(false);
    expect(request?.headers.has("stripe-version")).toBe(false);
  });

  it("form-urlencoded with Encoding Objects (style, explode, contentType)", async () => {
    const capture = capturingFetch(json(200, []));
    await petstore(capture).searchPets({
      body: { q: "a b&c", kinds: ["cat", "dog"], near: { lat: 1.5, lon: 2 }, options: { limit: 3 } },
    });
    const [request] = capture.requests;
    expect(request?.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    const text = (await request?.text()) ?? "";
    expect(text).toBe("q=a%20b%26c&kinds=cat,dog&near%5Blat%5D=1.5&near%5Blon%5D=2&options=%7B%22limit%22%3A3%7D");
    expect([...new URLSearchParams(text)]).toEqual([
      ["q", "a b&c"],
      ["kinds", "cat,dog"],
      ["near[lat]", "1.5"],
      ["near[lon]", "2"],
      ["options", '{"limit":3}'],
    ]);
  });

  it("multipart/form-data: files, arrays, text and JSON parts, read back by Request.formData()", async () => {
    const capture = capturingFetch(json(201, { id: "ph_1", size: 3 }));
    await petstore(capture).uploadPhoto({
      path: { petId: 7 },
      body: {
        photo: new Blob([new Uint8Array([1, 2, 3])]),
        thumbnails: [new File(["t1"], "small.png", { type: "image/png" }), new File(["t2"], "tiny.png")],
        caption: "Rex at 3",
        tags: ["a", "b"],
        meta: { camera: "X100" },
      },
    });
    const request = capture.requests[0] as Request;
    expect(request.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const form = await request.formData();
    const photo = form.get("photo") as File;
    expect([photo.type, [...new Uint8Array(await photo.arrayBuffer())]]).toEqual(["image/jpeg", [1, 2, 3]]);
    const thumbnails = form.getAll("thumbnails") as File[];
    expect(thumbnails.map((file) => [file.name, file.type])).toEqual([
      ["small.png", "image/png"],
      // A part without a type goes on the wire as application/octet-stream (the platform's FormData).
      ["tiny.png", "application/octet-stream"],
    ]);
    expect(await Promise.all(thumbnails.map((file) => file.text()))).toEqual(["t1", "t2"]);
    expect([form.get("caption"), form.getAll("tags")]).toEqual(["Rex at 3", ["a", "b"]]);
    const meta = form.get("meta") as File;
    expect([meta.type, await meta.text()]).toEqual(["application/json", '{"camera":"X100"}']);
  });

  it("application/octet-stream: the bytes as they are", async () => {
    const capture = capturingFetch(new Response(null, { status: 204 }));
    const result = await petstore(capture).putAvatar({ path: { petId: 7 }, body: new Uint8Array([137, 80, 78, 71]) });
    const [request] = capture.requests;
    expect(request?.headers.get("content-type")).toBe("application/octet-stream");
    expect([...new Uint8Array((await request?.arrayBuffer()) ?? new ArrayBuffer(0))]).toEqual([137, 80, 78, 71]);
    expect(result).toBeUndefined();
  });

  it("a required body that is missing, or a body of the wrong kind, is a TypeError before anything is sent", async () => {
    const capture = capturingFetch();
    const client = petstore(capture);
    await expect(client.createPet({} as { body: { name: string } })).rejects.toThrow(
      "createPet: the request body is required",
    );
    await expect(client.putAvatar({ path: { petId: 1 }, body: { no: "bytes" } as unknown as Blob })).rejects.toThrow(
      /putAvatar: a application\/octet-stream body must be a string, Blob/,
    );
    expect(capture.requests).toHaveLength(0);
  });
});

describe("hostile names", () => {
  it.each([
    { given: "an own __proto__ key", record: JSON.parse('{"__proto__": "x"}'), name: "__proto__", want: "x" },
    { given: "no own __proto__ key (twin)", record: {}, name: "__proto__", want: undefined },
    { given: "an inherited toString", record: {}, name: "toString", want: undefined },
    { given: "an ordinary own key", record: { petId: 7 }, name: "petId", want: 7 },
  ])("parameters are read from the caller's own keys only: $given", ({ record, name, want }) => {
    expect(ownValue(record, name)).toBe(want);
  });
});
