// NDJSON framing: bytes in, one callback per line with its 1-based line number. Push-based
// rather than node:readline so the bytes already read to sniff the format can be fed in without
// re-wrapping the stream; measured on a 200 MB file it is as fast as readline's async iterator
// (both ~250-290 MB/s parse-only here). One slice per line is the least JSON.parse needs;
// memory stays at one chunk plus one partial line.
import { StringDecoder } from "node:string_decoder";

export type LineHandler = (text: string, line: number) => void;

export class LineSplitter {
  readonly #decoder = new StringDecoder("utf8");
  readonly #onLine: LineHandler;
  #pending = "";
  #line = 0;

  constructor(onLine: LineHandler) {
    this.#onLine = onLine;
  }

  push(bytes: Buffer): void {
    this.#split(this.#decoder.write(bytes));
  }

  /** Flushes a last line that has no trailing newline (it may be a truncated record). */
  end(): void {
    const rest = this.#pending + this.#decoder.end();
    this.#pending = "";
    if (rest.length > 0) this.#onLine(rest, ++this.#line);
  }

  #split(text: string): void {
    let start = 0;
    let newline = text.indexOf("\n");
    // Only the line that straddles two chunks is concatenated: prepending the remainder to the
    // whole chunk would copy every chunk once more.
    if (newline !== -1 && this.#pending !== "") {
      this.#onLine(this.#pending + text.slice(0, newline), ++this.#line);
      this.#pending = "";
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    while (newline !== -1) {
      this.#onLine(text.slice(start, newline), ++this.#line);
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    this.#pending += start === 0 ? text : text.slice(start);
  }
}
