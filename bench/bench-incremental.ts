// Issue 14: regenerating after a one-component edit of Stripe's full spec, against
// openapi-typescript's full run on the edited spec. Every timed run of ours generates a new variant
// of the spec, which differs from the one before in one component schema (`account` gains a
// property named after the run, and loses the previous run's), into the folder the previous run
// wrote, with the validator cache the previous run left: the content-hash cache of the whole output
// always misses, the edited component's validator is always new (the cache keeps what earlier runs
// compiled, so alternating between two variants would find both), and the validators of everything
// else are reused, as after a spec update (generator/write/validator-cache.ts).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchSpec } from "./bench-specs.ts";
import { assertOk, interleave, pairedRatio, type RunPlan, runProcess, stats } from "./measure.ts";
import { type Row, ratio, seconds, verdict } from "./report.ts";
import { freshDir, NODE, runtimeImport, TOOLS } from "./workspace.ts";

const TARGET = 0.3;

/** Writes the next variant of the spec over the last, in one file as a user's spec is, and gives its path. */
function editedVariants(dir: string, stripe: BenchSpec): () => string {
  const spec = JSON.parse(readFileSync(stripe.ourInput[1]!, "utf8"));
  const file = join(dir, "stripe.json");
  let count = 0;
  return () => {
    count += 1;
    spec.components.schemas.account.properties[`bench_edit_${count}`] = { type: "string", description: `${count}` };
    writeFileSync(file, JSON.stringify(spec));
    delete spec.components.schemas.account.properties[`bench_edit_${count}`];
    return file;
  };
}

export async function benchOneComponentEdit(plan: RunPlan, stripe: BenchSpec): Promise<Row> {
  const dir = freshDir("incremental");
  const nextVariant = editedVariants(dir, stripe);
  const out = join(dir, "ours");
  const cache = ["--cache-dir", join(dir, "cache")];
  const ours = (file: string) => [
    TOOLS.cli,
    "generate",
    "--spec",
    file,
    "--out",
    out,
    ...cache,
    ...runtimeImport().args,
  ];
  assertOk(await runProcess({ command: NODE, args: ours(nextVariant()) }), "first generate of the first variant");
  console.error("  generation: one-component edit of Stripe's full spec");
  const result = await interleave(
    plan,
    async () => assertOk(await runProcess({ command: NODE, args: ours(nextVariant()) }), "regenerate after an edit"),
    async () => {
      const peerFile = join(dir, "openapi-typescript.ts");
      rmSync(peerFile, { force: true });
      const args = [TOOLS.openapiTypescript, join(dir, "stripe.json"), "-o", peerFile];
      return assertOk(await runProcess({ command: NODE, args }), "openapi-typescript on the edited spec");
    },
  );
  const o = stats(result.a.map((sample) => sample.ms));
  const p = stats(result.b.map((sample) => sample.ms));
  const value = pairedRatio(o.samples, p.samples);
  return {
    section: "Generation",
    name: "Stripe full spec, one component edited (`account` gains a property): our generate into the previous output vs openapi-typescript's full run on the edited spec, time ratio",
    ours: seconds(o),
    peer: seconds(p),
    ratio: ratio(value),
    target: `≤ ${TARGET}× (issue 14)`,
    verdict: verdict(value <= TARGET),
  };
}
