// Failure lines are collected and written in large batches: one write() per failure would
// dominate the run time on a file with many failures. flush() honours back-pressure, so a slow
// consumer (a pipe to `less`) holds the reader instead of letting output pile up in memory.
import { once } from "node:events";
import type { Writable } from "node:stream";

const FLUSH_AT_CHARS = 64 * 1024;

export class OutputBuffer {
  readonly #target: Writable;
  #parts: string[] = [];
  #size = 0;

  constructor(target: Writable) {
    this.#target = target;
  }

  add(text: string): void {
    this.#parts.push(text);
    this.#size += text.length;
  }

  get needsFlush(): boolean {
    return this.#size >= FLUSH_AT_CHARS;
  }

  async flush(): Promise<void> {
    if (this.#parts.length === 0) return;
    const text = this.#parts.join("");
    this.#parts = [];
    this.#size = 0;
    if (!this.#target.write(text)) await once(this.#target, "drain");
  }
}
