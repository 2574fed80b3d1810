// Issue 14: regenerating after a one-component edit of Stripe's full spec, against
// openapi-typescript's full run on the edited spec. Two variants of the spec differ in one component
// schema (`account` gains a property named after the variant); each timed run generates the other
// variant into the folder the previous run wrote, with the validator cache the previous run left, so
// the content-hash cache of the whole output always misses and the validators of everything but the
// edited component are reused, as after a spec update (generator/write/validator-cache.ts).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchSpec } from "./bench-specs.ts";
import { assertOk, interleave, pairedRatio, type RunPlan, runProcess, stats } from "./measure.ts";
import { type Row, ratio, seconds, verdict } from "./report.ts";
import { freshDir, NODE, runtimeImport, TOOLS } from "./workspace.ts";

const TARGET = 0.3;

/** Two copies of the spec, each with its own property added to `account`. */
function editedVariants(dir: string, stripe: BenchSpec): string[] {
  const spec = JSON.parse(readFileSync(stripe.ourInput[1]!, "utf8"));
  return ["a", "b"].map((name) => {
    const file = join(dir, `stripe-${name}.json`);
    spec.components.schemas.account.properties[`bench_edit_${name}`] = { type: "string", description: name };
    writeFileSync(file, JSON.stringify(spec));
    delete spec.components.schemas.account.properties[`bench_edit_${name}`];
    return file;
  });
}

export async function benchOneComponentEdit(plan: RunPlan, stripe: BenchSpec): Promise<Row> {
  const dir = freshDir("incremental");
  const variants = editedVariants(dir, stripe);
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
  assertOk(await runProcess({ command: NODE, args: ours(variants[0]!) }), "first generate of variant a");
  let next = 1;
  console.error("  generation: one-component edit of Stripe's full spec");
  const result = await interleave(
    plan,
    async () => {
      const file = variants[next]!;
      next = 1 - next;
      return assertOk(await runProcess({ command: NODE, args: ours(file) }), "regenerate after an edit");
    },
    async () => {
      const peerFile = join(dir, "openapi-typescript.ts");
      rmSync(peerFile, { force: true });
      const args = [TOOLS.openapiTypescript, variants[next]!, "-o", peerFile];
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
