// The output files as the emit stage makes them (path → content), and the SHA-256 of each for the
// manifest. A digest made where the content was made is kept: the validator worker hashes the 7 MB
// validators.compiled.js of Stripe's spec while the pipeline still renders the types, which took the
// pipeline 15–40 ms at the end of a run (speed-log section 27).
import { sha256 } from "./fingerprint.ts";

export class OutputFiles extends Map<string, string> {
  readonly #known = new Map<string, string>();

  // biome-ignore lint/complexity/noUselessConstructor: it takes no entries, which Map's constructor would set before #known exists
  constructor() {
    super();
  }

  /** Sets a file; `digest`, when given, is the SHA-256 (hex) of `content`'s UTF-8 bytes, made elsewhere. */
  override set(path: string, content: string, digest?: string): this {
    if (digest === undefined) this.#known.delete(path);
    else this.#known.set(path, digest);
    return super.set(path, content);
  }

  override delete(path: string): boolean {
    this.#known.delete(path);
    return super.delete(path);
  }

  override clear(): void {
    this.#known.clear();
    super.clear();
  }

  /** Path → SHA-256 (hex) of each file's UTF-8 content, in the files' order. */
  digests(): Record<string, string> {
    return Object.fromEntries([...this].map(([path, content]) => [path, this.#known.get(path) ?? sha256(content)]));
  }
}
