// Issue 10's benchmark: deliveries per second of our constructEvent (verify + parse + validate
// against the generated `event` schema) against stripe-node's webhooks.constructEvent (verify +
// parse, no validation), on the same signed ~2 KB event, interleaved in one process.
import Stripe from "stripe";
import { documentedBody } from "../scripts/sample-events.ts";
import { constructEvent, signPayload } from "../webhooks/index.ts";
import { interleave, pairedRatio, type RunPlan, stats } from "./measure.ts";
import { type Row, rate, ratio, verdict } from "./report.ts";
import { packageVersion } from "./workspace.ts";

const TARGET = 1.0;
const SAMPLE_MS = 500;
const TARGET_BYTES = 2048;
const SECRET = "whsec_bench";
const T = 1_735_689_600;

/**
 * The documented v1 event (a setup_intent.created), with metadata and previous_attributes added
 * until it is about 2 KB pretty-printed, as Stripe sends it.
 */
export function typicalEvent(): string {
  const event = documentedBody("v1-event-retrieve-200.json");
  event.data.previous_attributes = { status: "requires_confirmation", metadata: {} };
  for (let index = 0; JSON.stringify(event, null, 2).length < TARGET_BYTES; index++)
    event.data.object.metadata[`order_line_${index}`] = `sku_${(index * 7919).toString(36)}_qty_${index % 5}`;
  return JSON.stringify(event, null, 2);
}

/**
 * Deliveries per second of this thread's CPU time (process.threadCpuUsage): the machine is shared,
 * and wall time would count the moments other processes held the core. Each sample runs for
 * SAMPLE_MS of wall time.
 */
function perCpuSecond(deliver: () => { id: unknown }): number {
  let calls = 0;
  const started = performance.now();
  const cpuBefore = process.threadCpuUsage();
  while (performance.now() - started < SAMPLE_MS) {
    if (deliver().id === undefined) throw new Error("a delivery parsed to nothing");
    calls++;
  }
  const cpu = process.threadCpuUsage(cpuBefore);
  return calls / ((cpu.user + cpu.system) / 1e6);
}

export async function benchWebhooks(plan: RunPlan, notes: string[]): Promise<Row[]> {
  const raw = typicalEvent();
  notes.push(
    `Webhooks: one delivery, ${raw.length} bytes (the documented setup_intent.created event grown with metadata and previous_attributes, pretty-printed as Stripe sends it), signed once; each call verifies the same header with the same secret and parses the same text, ours also validates against the generated \`event\` validator. Rates are per CPU second of the benchmark's thread (process.threadCpuUsage), each sample ${SAMPLE_MS} ms of wall time: on this shared machine wall-clock rates swung far more than CPU-time rates.`,
  );
  const header = signPayload({ payload: raw, secret: SECRET, timestamp: T });
  const stripe = new Stripe("sk_test_bench");
  const ours = () => constructEvent(raw, header, SECRET, { now: T });
  const theirs = () => stripe.webhooks.constructEvent(raw, header, SECRET, 300, undefined, T * 1000);
  // Both sides must accept the delivery, or the comparison measures an error path.
  if (ours().id !== theirs().id) throw new Error("the two sides disagree on the benchmark event");
  console.error("  webhooks: constructEvent vs stripe-node");
  const result = await interleave(
    { runs: plan.runs, warmup: Math.max(plan.warmup, 3) },
    async () => perCpuSecond(ours),
    async () => perCpuSecond(theirs),
  );
  const o = stats(result.a);
  const p = stats(result.b);
  const value = pairedRatio(o.samples, p.samples);
  return [
    {
      section: "Webhooks",
      name: `deliveries per CPU second (this thread) of one signed ${(raw.length / 1024).toFixed(1)} KB v1 event: our \`constructEvent\` (verify + parse + validate against \`event\`) vs stripe-node ${packageVersion("stripe")} \`webhooks.constructEvent\` (verify + parse, no validation), throughput ratio`,
      ours: rate(o, "/CPU s"),
      peer: rate(p, "/CPU s"),
      ratio: ratio(value),
      target: `≥ ${TARGET.toFixed(1)}×`,
      verdict: verdict(value >= TARGET),
    },
  ];
}
