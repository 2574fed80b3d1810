// resolve/deferred-checks.ts: checks run later, once, in order, and their failure comes first.
import { describe, expect, it } from "vitest";
import { DeferredChecks } from "../resolve/deferred-checks.ts";

function recording(outcomes: readonly ("pass" | "fail")[]) {
  const ran: number[] = [];
  const checks = new DeferredChecks();
  for (const [index, outcome] of outcomes.entries()) {
    checks.defer(async () => {
      ran.push(index);
      if (outcome === "fail") throw new Error(`check ${index} failed`);
    });
  }
  return { checks, ran };
}

describe("DeferredChecks", () => {
  it.each([
    { given: ["pass", "pass"] as const, want: { ran: [0, 1], failure: undefined } },
    { given: ["pass", "fail", "fail"] as const, want: { ran: [0, 1], failure: "check 1 failed" } },
    { given: ["fail", "pass"] as const, want: { ran: [0], failure: "check 0 failed" } },
    { given: [] as const, want: { ran: [], failure: undefined } },
  ])("$given runs $want.ran and fails with $want.failure", async ({ given, want }) => {
    const { checks, ran } = recording(given);
    expect(ran).toEqual([]);
    const failure = await checks.run().then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(ran).toEqual(want.ran);
    expect(failure).toBe(want.failure);
  });

  it("runs each check once, however often it is asked", async () => {
    const { checks, ran } = recording(["pass", "pass"]);
    await Promise.all([checks.run(), checks.run()]);
    await checks.run();
    expect(ran).toEqual([0, 1]);
  });

  it("before(error): a failing check's error comes first", async () => {
    const { checks } = recording(["pass", "fail"]);
    const later = new Error("raised after the checks were deferred");
    expect(((await checks.before(later)) as Error).message).toBe("check 1 failed");
  });

  it("twin: with passing checks, before(error) is the error itself", async () => {
    const { checks } = recording(["pass"]);
    const later = new Error("raised after the checks were deferred");
    expect(await checks.before(later)).toBe(later);
  });

  it("refuses a check deferred after the checks ran", async () => {
    const { checks } = recording(["pass"]);
    await checks.run();
    expect(() => checks.defer(async () => {})).toThrow("deferred after the deferred checks ran");
  });
});
