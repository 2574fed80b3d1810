// Checks that decide only whether a run may go on, not what it makes: the OpenAPI schema check of a
// spec with only local $refs, which is used as written whether or not the check passes. Deferring
// them lets the pipeline hand the validator worker its documents first (speed-log section 26). Their
// verdict still comes first: a failure of a deferred check is reported before any error raised after
// it was deferred, so a run reports what it reported when the checks ran in place.

export type Check = () => Promise<void>;

export class DeferredChecks {
  readonly #pending: Check[] = [];
  #run: Promise<void> | undefined;

  defer(check: Check): void {
    if (this.#run) throw new Error("a check was deferred after the deferred checks ran");
    this.#pending.push(check);
  }

  /** Runs each deferred check once, in the order deferred; rejects with the first failure. */
  run(): Promise<void> {
    this.#run ??= (async () => {
      for (const check of this.#pending) await check();
    })();
    return this.#run;
  }

  /** The error to report for `error`, raised after the checks were deferred: a failing check's error, else `error`. */
  async before(error: unknown): Promise<unknown> {
    try {
      await this.run();
    } catch (failure) {
      return failure;
    }
    return error;
  }
}
