// Pre-parsed v1 events for the in-process benchmarks, from the project's own generator of varied
// events (scripts/sample-events.ts), so the bench and `scripts/make-ndjson.ts` share one source.
import { sampleEvents as sampleEventLines } from "../scripts/sample-events.ts";

export function sampleEvents(count: number, seed = 6): Record<string, unknown>[] {
  const lines = sampleEventLines(seed);
  const events: Record<string, unknown>[] = [];
  for (let index = 0; events.length < count; index++) {
    const event = JSON.parse(lines.line(index, false)) as Record<string, unknown>;
    if (event.object === "event") events.push(event);
  }
  return events;
}
