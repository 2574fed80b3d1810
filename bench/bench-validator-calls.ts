// Issue 6 §3 (wrapper part): in-process calls per second of our `validate("event", data)` facade
// against the raw ajv function it wraps, called directly on the same pre-parsed events. This
// isolates the wrapper's cost (name lookup, result object) from parsing and I/O.
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

/** The compiled validator of a schema name, from the registry validators.compiled.js exports, and its export name. */
export function compiledValidatorFor(compiled: Record<string, unknown>, name: string): [string, Validator] {
  const registry = compiled.byName as Record<string, Validator> | undefined;
  const validator = registry && Object.hasOwn(registry, name) ? registry[name] : undefined;
  const exportName = Object.keys(compiled).find((key) => key !== "byName" && compiled[key] === validator);
  if (!validator || !exportName) throw new Error(`generated/validators.compiled.js has no validator of "${name}"`);
  return [exportName, validator];
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
  const compiled = (await import(pathToFileURL(join(generated, "validators.compiled.js")).href)) as Record<
    string,
    unknown
  >;
  const [exportName, raw] = compiledValidatorFor(compiled, SCHEMA);
  const facade = (await import(pathToFileURL(join(generated, "validators.ts")).href)) as {
    validate: (name: string, data: unknown) => { valid: boolean };
  };
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
