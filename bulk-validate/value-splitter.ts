// Framing for a top-level JSON array (and for pretty-printed or concatenated documents): finds
// where each element starts and ends without parsing it, so a 1 GB array is validated one
// element at a time. No streaming JSON parser is installed (stream-json and @streamparser/json
// are not dependencies) and a tokenizer is not needed: JSON.parse still parses each element;
// this only tracks strings (with escapes) and bracket depth. Memory: one chunk plus one element.
import { StringDecoder } from "node:string_decoder";

export type ValueHandler = (text: string, line: number) => void;

/** The input's structure is broken (not just one bad element): reading cannot go on. */
export class FramingError extends Error {
  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    this.name = "FramingError";
    this.line = line;
  }
}

const CHAR = {
  quote: 0x22,
  backslash: 0x5c,
  newline: 0x0a,
  comma: 0x2c,
  openBrace: 0x7b,
  openBracket: 0x5b,
  closeBrace: 0x7d,
  closeBracket: 0x5d,
} as const;

export class ValueSplitter {
  readonly #decoder = new StringDecoder("utf8");
  readonly #onValue: ValueHandler;
  /** 1 inside a top-level array (its elements are the records), 0 for a sequence of documents. */
  readonly #recordDepth: 0 | 1;
  #buffer = "";
  #position = 0;
  #depth = 0;
  #line = 1;
  #inString = false;
  #elementStart = -1;
  #elementLine = 0;
  #scalar = false;
  #closed = false;

  constructor(mode: "array" | "documents", onValue: ValueHandler) {
    this.#recordDepth = mode === "array" ? 1 : 0;
    this.#onValue = onValue;
  }

  push(bytes: Buffer): void {
    this.#buffer += this.#decoder.write(bytes);
    this.#scan();
    this.#compact();
  }

  end(): void {
    this.#buffer += this.#decoder.end();
    this.#scan();
    if (this.#elementStart !== -1 && this.#scalar && !this.#inString && this.#recordDepth === 0)
      this.#emit(this.#buffer.length);
    const line = this.#elementStart !== -1 ? this.#elementLine : this.#line;
    if (this.#inString || this.#elementStart !== -1 || this.#depth > 0)
      throw new FramingError("input ends inside a JSON value (truncated?)", line);
    if (this.#recordDepth === 1 && !this.#closed) throw new FramingError("no JSON array found", line);
  }

  #scan(): void {
    const text = this.#buffer;
    while (this.#position < text.length) {
      if (this.#inString) {
        const close = closingQuote(text, this.#position);
        if (close === -1) {
          this.#position = text.length;
          return;
        }
        this.#inString = false;
        this.#position = close + 1;
      } else if (this.#depth > this.#recordDepth) {
        this.#scanInsideElement(text);
      } else {
        this.#structural(text.charCodeAt(this.#position));
        this.#position++;
      }
    }
  }

  /**
   * Hot loop for the inside of an element, where only quotes, brackets and newlines matter.
   * Kept on locals rather than fields: it runs once per byte of a 1 GB array.
   */
  #scanInsideElement(text: string): void {
    let position = this.#position;
    let depth = this.#depth;
    let line = this.#line;
    for (; position < text.length; position++) {
      const code = text.charCodeAt(position);
      if (code === CHAR.quote) break;
      if (code === CHAR.newline) line++;
      else if (code === CHAR.openBrace || code === CHAR.openBracket) depth++;
      else if ((code === CHAR.closeBrace || code === CHAR.closeBracket) && --depth === this.#recordDepth) break;
    }
    this.#line = line;
    this.#depth = depth;
    this.#position = position;
    if (position === text.length) return;
    if (text.charCodeAt(position) === CHAR.quote) this.#inString = true;
    else this.#emit(position + 1);
    this.#position++;
  }

  #structural(code: number): void {
    switch (code) {
      case CHAR.newline:
        this.#line++;
        this.#endScalarAtSpace();
        break;
      case 0x20:
      case 0x09:
      case 0x0d:
        this.#endScalarAtSpace();
        break;
      case CHAR.quote:
        this.#beginElement(true);
        this.#inString = true;
        break;
      case CHAR.openBrace:
      case CHAR.openBracket:
        this.#open(code);
        break;
      case CHAR.closeBrace:
      case CHAR.closeBracket:
        this.#close();
        break;
      case CHAR.comma:
        if (this.#depth === this.#recordDepth && this.#scalar && this.#elementStart !== -1) this.#emit(this.#position);
        break;
      default:
        this.#beginElement(true);
    }
  }

  #beginElement(scalar: boolean): void {
    if (this.#closed) throw new FramingError("unexpected content after the top-level array", this.#line);
    if (this.#depth < this.#recordDepth)
      throw new FramingError("expected a JSON array, JSON object or NDJSON", this.#line);
    if (this.#depth > this.#recordDepth || this.#elementStart !== -1) return;
    this.#elementStart = this.#position;
    this.#elementLine = this.#line;
    this.#scalar = scalar;
  }

  #open(code: number): void {
    if (this.#recordDepth === 1 && this.#depth === 0) {
      if (this.#closed) throw new FramingError("unexpected content after the top-level array", this.#line);
      if (code !== CHAR.openBracket) throw new FramingError("expected a JSON array", this.#line);
    } else {
      this.#beginElement(false);
    }
    this.#depth++;
  }

  #close(): void {
    if (this.#depth === 0) throw new FramingError("unexpected closing bracket", this.#line);
    this.#depth--;
    if (this.#depth === this.#recordDepth && this.#elementStart !== -1 && !this.#scalar) this.#emit(this.#position + 1);
    else if (this.#depth < this.#recordDepth) {
      if (this.#elementStart !== -1) this.#emit(this.#position);
      this.#closed = true;
    }
  }

  /** In a sequence of documents a bare scalar ends at whitespace; inside arrays at "," or "]". */
  #endScalarAtSpace(): void {
    if (this.#recordDepth === 0 && this.#depth === 0 && this.#scalar && this.#elementStart !== -1)
      this.#emit(this.#position);
  }

  #emit(end: number): void {
    const text = this.#buffer.slice(this.#elementStart, end);
    this.#elementStart = -1;
    this.#onValue(text, this.#elementLine);
  }

  /** Drops what was consumed; keeps the unfinished element for the next chunk. */
  #compact(): void {
    const from = this.#elementStart === -1 ? this.#position : this.#elementStart;
    if (from === 0) return;
    this.#buffer = this.#buffer.slice(from);
    this.#position -= from;
    if (this.#elementStart !== -1) this.#elementStart = 0;
  }
}

/** Index of the quote that closes a string, or -1 when the string continues in the next chunk. */
function closingQuote(text: string, from: number): number {
  let quote = text.indexOf('"', from);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === CHAR.backslash) backslashes++;
    if (backslashes % 2 === 0) return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
}
