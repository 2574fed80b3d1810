// The cassettes tests read as Stripe's payloads leave out recordings of a mock: a `record --from-prism`
// run into contract-tests/recordings/ cannot break the cross-check or negative tables either.
import { afterAll, describe, expect, it } from "vitest";
import { repoCassettes } from "../recordings.ts";
import { tempFolder } from "../temp-folder.ts";

const folder = tempFolder("recordings");
afterAll(() => folder.remove());

const cassette = (name: string, kind: string) => ({
  kind: "http",
  name,
  source: { kind, origin: "test", description: "test" },
  request: { method: "GET", path: "/v1/events", query: {}, headers: {} },
  response: { status: 200, headers: {}, body: { object: "list", data: [] } },
});

describe("repoCassettes", () => {
  it("keeps documented examples and real recordings, leaves out mock recordings", () => {
    folder.write("documented.json", cassette("documented", "documented-example"));
    folder.write("recorded/real.json", cassette("real", "recorded"));
    folder.write("recorded/prism.json", cassette("prism", "mock"));
    expect(repoCassettes(folder.path).map(({ cassette }) => cassette.name)).toEqual(["documented", "real"]);
  });
});
