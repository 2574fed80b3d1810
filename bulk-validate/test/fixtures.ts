// Test inputs for bulk validation: the documented payloads the contract suite records, and a
// helper that runs the CLI in-process and captures what it prints.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const RECORDINGS = fileURLToPath(new URL("../../contract-tests/recordings/", import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: payloads built and mutated freely by tests and fixtures
export type Json = Record<string, any>;

/** Successful response bodies whose `object` picks the schema by itself (event, list, v2.core.event). */
export function documentedBodies(): { name: string; body: Json }[] {
  return readdirSync(RECORDINGS)
    .filter((file) => file.endsWith(".json"))
    .map((file) => ({ name: file, recording: JSON.parse(readFileSync(RECORDINGS + file, "utf8")) as Json }))
    .filter(
      ({ recording }) =>
        recording.kind === "http" &&
        recording.response.status === 200 &&
        ["event", "list", "v2.core.event"].includes(recording.response.body?.object),
    )
    .map(({ name, recording }) => ({ name, body: recording.response.body as Json }));
}

export { runCliInProcess as runCli } from "../../generator/test/helpers.ts";
export { documentedBody } from "../../scripts/sample-events.ts";
