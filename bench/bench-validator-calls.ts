// Issue 6 §3 (wrapper part): in-process calls per second of our `validate("event", data)` facade
// against the raw ajv function it wraps, called directly on the same pre-parsed events. This
// isolates the wrapper's cost (name lookup, result object) from parsing and I/O.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { interleave, pairedRatio, type RunPlan, stats } from "./measure.ts";
import { type Row, rate, ratio, verdict } from "./report.ts";
import { sampleEvents } from "./sample-events.ts";
import { REPO } from "./workspace.ts";

const WRAPPER_TARGET = 0.9;
const SCHEMA = "event";
const EVENTS = 5_000;
/** Each sample loops over the events for at least this long, so timer resolution is irrelevant. */
const SAMPLE_MS = 400;

type Validator = (data: unknown) => unknown;

/** Reads the facade to learn which compiled export backs a schema name ("event" → compiled.validateEvent). */
export function compiledExportFor(facadeSource: string, name: string): string {
  const match = new RegExp(`${JSON.stringify(name).replace(/[.]/g, "\\.")}:\\s*compiled\\.(\\w+)`).exec(facadeSource);
  if (!match) throw new Error(`generated/validators.ts maps no compiled validator to "${name}"`);
  return match[1]!;
}

/**
 * Calls per second of one pass function (which validates every event once and returns how many
 * were valid), repeated until SAMPLE_MS has passed. Each side gets its own pass literal so each
 * inner call site stays monomorphic: sharing one loop would make both sides pay for polymorphism.
 */
function callsPerSecond(pass: () => number, count: number): number {
  let calls = 0;
  let valid = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < SAMPLE_MS) {
    valid += pass();
    calls += count;
    elapsed = performance.now() - started;
  }
  // Every event is valid; a mismatch means the two sides did different work.
  if (valid !== calls)
    throw new Error(`${calls - valid} of ${calls} events failed validation; the benchmark input must be valid`);
  return calls / (elapsed / 1000);
}

export async function benchValidatorCalls(plan: RunPlan): Promise<Row[]> {
  const generated = join(REPO, "generated");
  const exportName = compiledExportFor(readFileSync(join(generated, "validators.ts"), "utf8"), SCHEMA);
  const compiled = (await import(pathToFileURL(join(generated, "validators.compiled.js")).href)) as Record<
    string,
    Validator
  >;
  const facade = (await import(pathToFileURL(join(generated, "validators.ts")).href)) as {
    validate: (name: string, data: unknown) => { valid: boolean };
  };
  const raw = compiled[exportName]!;
  const events = sampleEvents(EVENTS);
  const { validate } = facade;
  const wrappedPass = () => {
    let valid = 0;
    for (const event of events) if (validate(SCHEMA, event).valid) valid++;
    return valid;
  };
  const rawPass = () => {
    let valid = 0;
    for (const event of events) if (raw(event)) valid++;
    return valid;
  };
  console.error("  validator calls: wrapper vs raw ajv");
  // Warm-up runs are part of interleave; at least 3 keep JIT tiers settled for both sides.
  const result = await interleave(
    { runs: plan.runs, warmup: Math.max(plan.warmup, 3) },
    async () => callsPerSecond(wrappedPass, events.length),
    async () => callsPerSecond(rawPass, events.length),
  );
  const o = stats(result.a);
  const p = stats(result.b);
  const value = pairedRatio(o.samples, p.samples);
  return [
    {
      section: "Validation",
      name: `in-process calls/s on ${EVENTS} pre-parsed varied events: \`validate("${SCHEMA}", e)\` vs raw ajv \`compiled.${exportName}(e)\`, throughput ratio`,
      ours: rate(o, "calls/s"),
      peer: rate(p, "calls/s"),
      ratio: ratio(value),
      target: `≥ ${WRAPPER_TARGET}×`,
      verdict: verdict(value >= WRAPPER_TARGET),
    },
  ];
}
