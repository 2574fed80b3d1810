// One run of the contract suite over a project: its cassettes (or one shard of them) replayed through
// the generated client, the checks of the validators themselves (negative tables, both v1 Event
// schemas), then the live cases (in the first shard only: they learn ids from each other,
// so they run in order in one place). The `contract` command and this repository's vitest entry both
// call this; the whole-suite coverage checks are added by withCoverageChecks, once every shard is in.
import { type LoadedCassette, loadCassettes } from "./cassette.ts";
import { createCoverage } from "./coverage.ts";
import { liveCases } from "./live-run.ts";
import type { LiveTarget } from "./live-target.ts";
import type { ContractProject } from "./project.ts";
import { recordedCase, schemaNamesCase } from "./run-cases.ts";
import { itemsOfShard, type Shard } from "./shard.ts";
import { REPORT_KIND, type SuiteCase, type SuiteReport } from "./suite-report.ts";
import { crossCheckCase, negativeCases } from "./validator-checks.ts";

export interface SuiteOptions {
  readonly project: ContractProject;
  readonly live: LiveTarget;
  readonly shard?: Shard;
  /** Called as each case finishes, for progress output. */
  readonly onCase?: (entry: SuiteCase) => void;
}

export async function runContractSuite(options: SuiteOptions): Promise<SuiteReport> {
  const { project, shard } = options;
  const onCase = options.onCase ?? (() => {});
  const started = performance.now();
  const coverage = createCoverage(project.operations);
  const cassettes = loadCassettes(project.cassettesDir, project.root);
  const mine = shard === undefined ? cassettes : itemsOfShard(cassettes, shard, (loaded) => loaded.file);
  const firstShard = shard === undefined || shard.index === 1;
  const cases: SuiteCase[] = [];
  const add = (entry: SuiteCase) => {
    cases.push(entry);
    onCase(entry);
  };
  if (firstShard) add(await schemaNamesCase(project, cassettes));
  for (const loaded of mine) add(await recordedCase(loaded, project, coverage));
  if (firstShard) for (const entry of await validatorCases(project, cassettes)) add(entry);
  if (firstShard) cases.push(...(await liveCases(project, options.live, coverage, onCase)));
  return {
    kind: REPORT_KIND,
    ...(shard === undefined ? {} : { shard }),
    cases,
    coverage,
    seconds: (performance.now() - started) / 1000,
  };
}

async function validatorCases(project: ContractProject, cassettes: readonly LoadedCassette[]): Promise<SuiteCase[]> {
  return [...(await negativeCases(project, cassettes)), await crossCheckCase(project, cassettes)];
}
