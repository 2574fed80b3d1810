// V8's efficiency mode (no background compilation, TurboFan later) for the runs it was measured
// quicker in. A run that reuses its validator cache (a regeneration after a spec update) is over in
// under a second; on two cores V8's compiler threads then compete with the run's two threads and
// cost more than their optimised code saves: Stripe's one-component edit, 24 and 16 interleaved
// rounds, 0.765 → 0.695 s and 0.765 → 0.690 s, 15% less CPU. Cold runs, which compile every
// validator for seconds, were 6–7% slower in it (Stripe's full spec, GitHub's), so they keep V8's
// default, and so does a machine with more cores, where it was not measured (bench/speed-log.md 28).
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";

/** Whether a run is better off in V8's efficiency mode: it reuses its validator cache, on at most two cores. */
export function wantsEfficiencyMode(reusesValidatorCache: boolean, cores: number): boolean {
  return reusesValidatorCache && cores <= 2;
}

/** Sets this process's V8 mode for the run, before its threads start. */
export function tuneV8ForRun(reusesValidatorCache: boolean, cores = availableParallelism()): void {
  if (wantsEfficiencyMode(reusesValidatorCache, cores)) setFlagsFromString("--efficiency-mode");
}
