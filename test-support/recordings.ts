// The contract suite's cassettes as test inputs: documented payloads that are known to be valid.
import { basename } from "node:path";
import { type LoadedCassette, loadCassettes } from "../contract/cassette.ts";
import type { Json } from "./json.ts";
import { RECORDINGS_DIR, REPO_ROOT } from "./repo.ts";

export { documentedBody } from "../scripts/sample-events.ts";

/**
 * Every cassette under contract-tests/recordings/ (or `dir`), with paths relative to the repository
 * root; cassettes recorded from a mock (`record --from-prism`) are left out, as the contract suite
 * leaves them out: their data is invented, so no test may treat it as Stripe's.
 */
export function repoCassettes(dir: string = RECORDINGS_DIR): LoadedCassette[] {
  return loadCassettes(dir, REPO_ROOT).filter(({ cassette }) => cassette.source.kind !== "mock");
}

/** Successful response bodies whose `object` picks the schema by itself (event, list, v2.core.event). */
export function documentedBodies(): { name: string; body: Json }[] {
  return repoCassettes().flatMap(({ file, cassette }) => {
    if (cassette.kind !== "http" || cassette.response.status !== 200) return [];
    const body = cassette.response.body as Json | undefined;
    return ["event", "list", "v2.core.event"].includes(body?.object) ? [{ name: basename(file), body: body! }] : [];
  });
}
