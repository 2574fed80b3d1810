// The bulk `validate` run: stream records through the checker, batch the failure output, and
// time it for the summary.
import type { Readable, Writable } from "node:stream";
import { OutputBuffer } from "./output-buffer.ts";
import { type InputFormat, readRecords } from "./read-input.ts";
import { type CheckCounts, RecordChecker, type RecordCheckerOptions } from "./record-checker.ts";

export type BulkValidateOptions = Omit<RecordCheckerOptions, "emit">;

export interface BulkValidateResult extends CheckCounts {
  readonly format: InputFormat | "empty";
  readonly bytes: number;
  readonly seconds: number;
}

export async function validateStream(
  input: Readable,
  output: Writable,
  options: BulkValidateOptions,
): Promise<BulkValidateResult> {
  const buffer = new OutputBuffer(output);
  const checker = new RecordChecker({ ...options, emit: (text) => buffer.add(text) });
  const started = performance.now();
  const read = await readRecords(input, checker.check, async () => {
    if (buffer.needsFlush) await buffer.flush();
  });
  if (read.framingError)
    checker.reportUnreadable(read.framingError.line, `unreadable input: ${read.framingError.message}`);
  if (read.format === "empty" && checker.counts.records === 0 && checker.counts.unreadable === 0)
    checker.reportUnreadable(1, "unreadable input: no JSON found (the input is empty)");
  await buffer.flush();
  return { ...checker.counts, format: read.format, bytes: read.bytes, seconds: (performance.now() - started) / 1000 };
}

export function exitCodeOf(result: CheckCounts): number {
  if (result.unreadable > 0) return 2;
  return result.invalid > 0 ? 1 : 0;
}

export function formatSummary(result: BulkValidateResult): string {
  const seconds = Math.max(result.seconds, 1e-6);
  const megabytes = result.bytes / 1e6;
  const schemas = [...result.bySchema].map(([name, count]) => `${name} ${count}`).join(", ");
  return [
    `Checked ${result.records} record${result.records === 1 ? "" : "s"} (${result.format}, ${megabytes.toFixed(1)} MB) in ${result.seconds.toFixed(2)} s: ${result.valid} valid, ${result.invalid} invalid, ${result.unreadable} unreadable.`,
    `Throughput: ${Math.round(result.records / seconds)} records/s, ${(megabytes / seconds).toFixed(1)} MB/s.${schemas ? ` By schema: ${schemas}.` : ""}`,
  ].join("\n");
}
