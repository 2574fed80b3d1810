// Re-signs every webhook cassette under contract-tests/recordings/ with the cassette secret at its
// signature's timestamp (or, for a cassette not signed yet, at its body's `created`). Run it after
// editing a webhook cassette by hand: the suite verifies every signature, so an edited body with a
// stale signature fails, as a tampered delivery should.
//   node scripts/sign-webhook-cassettes.ts [recordings-dir]
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCassettes } from "../contract/cassette.ts";
import { cassetteSignature, signedText } from "../contract/webhook-cassette.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = resolve(process.argv[2] ?? join(root, "contract-tests/recordings"));

function createdSeconds(body: unknown): number {
  const created = (body as { created?: unknown }).created;
  const seconds = typeof created === "number" ? created : Date.parse(String(created)) / 1000;
  if (!Number.isInteger(seconds)) throw new Error(`no signature timestamp and no usable "created": ${String(created)}`);
  return seconds;
}

let signed = 0;
for (const { file, cassette } of loadCassettes(dir, root)) {
  if (cassette.kind !== "webhook") continue;
  const { delivery } = cassette;
  const timestamp = delivery.signature?.timestamp ?? createdSeconds(delivery.body);
  const json = JSON.parse(readFileSync(join(root, file), "utf8"));
  json.delivery.signature = cassetteSignature(signedText(delivery), timestamp);
  writeFileSync(join(root, file), `${JSON.stringify(json, null, 2)}\n`);
  signed++;
}
console.log(`Signed ${signed} webhook cassette(s) in ${dir}.`);
