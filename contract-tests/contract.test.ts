// The contract suite users gate CI on: recorded cassettes first, then the same cases live
// (Prism from the specs, or a server given by STRIPE_API_KEY / CONTRACT_BASE_URL), then the
// coverage matrix. One file on purpose: vitest runs its describe blocks in order, so the matrix
// sees every exchange of both runs.
import { basename, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClientFactory } from "../contract/call-operation.ts";
import type { HttpCassette, WebhookCassette } from "../contract/cassette.ts";
import type { ExchangeVerdict } from "../contract/check-exchange.ts";
import { startContractPrism } from "../contract/contract-prism.ts";
import {
  createCoverage,
  operationsWithoutCases,
  type RunMode,
  recordHit,
  renderCoverageText,
} from "../contract/coverage.ts";
import { writeCoverageReport } from "../contract/coverage-report.ts";
import { expectNoViolations } from "../contract/expect-no-violations.ts";
import { LIVE_CASES } from "../contract/live-cases.ts";
import { describeLiveTarget, PLACEHOLDER_KEY, resolveLiveTarget } from "../contract/live-target.ts";
import type { PrismServer } from "../contract/prism-server.ts";
import { replayCassette } from "../contract/replay.ts";
import { runLiveCase } from "../contract/run-live-case.ts";
import { violationsFromErrors } from "../contract/violation.ts";
import { createClient } from "../generated/client.ts";
import { operations } from "../generated/operations.ts";
import { schemaNames, validate as typedValidate } from "../generated/validators.ts";
import type { ValidateFn } from "../runtime/operation.ts";
import { repoCassettes } from "../test-support/recordings.ts";
import { REPO_ROOT } from "../test-support/repo.ts";

const validate: ValidateFn = typedValidate;
const cassettes = repoCassettes();
// `id` (the file name) keeps test titles short; vitest truncates long interpolated values.
const httpCassettes = cassettes.flatMap(({ file, cassette }) =>
  cassette.kind === "http" ? [{ id: basename(file), file, cassette }] : [],
);
const webhookCassettes = cassettes.flatMap(({ file, cassette }) =>
  cassette.kind === "webhook" ? [{ id: basename(file), file, cassette }] : [],
);
// Retries off: a retried 5xx would hide the first response from the contract check.
const clientFactory: ClientFactory = (options) => createClient({ ...options, maxNetworkRetries: 0 });
const deps = { operations, createClient: clientFactory, validate };
const coverage = createCoverage(operations);
const target = resolveLiveTarget(process.env);

function tally(operationId: string | undefined, verdict: ExchangeVerdict, mode: RunMode): void {
  if (operationId !== undefined && verdict.responseKey !== undefined && verdict.status !== undefined) {
    recordHit(coverage, operationId, verdict.responseKey, mode, verdict.status);
  }
}

describe("recorded cassettes", () => {
  it("exist, both HTTP exchanges and webhook deliveries", () => {
    expect(httpCassettes.length).toBeGreaterThanOrEqual(10);
    expect(webhookCassettes.map(({ cassette }) => cassette.schema)).toContain("v2.core.event_notification");
  });

  it.each(httpCassettes)(
    "$id replays through the generated client and matches its response schema",
    async ({ file, cassette }: { file: string; cassette: HttpCassette }) => {
      const result = await replayCassette(file, cassette, deps);
      tally(result.operationId, result.verdict, "recorded");
      expectNoViolations(result.verdict.violations);
    },
  );

  it.each(webhookCassettes)(
    "$id (webhook delivery) matches its schema",
    ({ file, cassette }: { file: string; cassette: WebhookCassette }) => {
      const result = validate(cassette.schema, cassette.delivery.body);
      const context = { source: file, operation: "webhook delivery", schema: cassette.schema };
      expectNoViolations(result.valid ? [] : violationsFromErrors(context, cassette.delivery.body, result.errors));
    },
  );

  it("names only response schemas the generated validators know", () => {
    const named = [
      ...Object.values(operations).flatMap((op) => Object.values(op.responses)),
      ...webhookCassettes.map(({ cassette }) => cassette.schema),
    ];
    const unknown = named.filter((name) => name !== null && !(schemaNames as readonly string[]).includes(name));
    expect(unknown).toEqual([]);
  });
});

describe(`live responses (${describeLiveTarget(target)})`, () => {
  if (target.kind === "skip") {
    // Reported as skipped (with the reason) rather than passed: nothing live was checked.
    it("all live cases", (context) => {
      coverage.liveNote = target.reason;
      console.warn(`[contract] live run skipped: ${target.reason}`);
      context.skip(target.reason);
    });
    return;
  }
  let prism: PrismServer | undefined;
  let baseUrl = target.kind === "server" ? target.baseUrl : "";
  const learned: Record<string, string> = {};
  const skipped: string[] = [];

  beforeAll(async () => {
    if (target.kind !== "prism") return;
    prism = await startContractPrism(REPO_ROOT);
    baseUrl = prism.baseUrl;
  });

  // Runs even when cases fail, so Prism never outlives the suite.
  afterAll(async () => {
    await prism?.stop();
    coverage.liveNote = [describeLiveTarget(target, prism?.baseUrl), ...skipped].join("; ");
  });

  // it.for (not it.each) hands the test context over, for context.skip(reason).
  it.for(LIVE_CASES)("$name", async (liveCase, context) => {
    const result = await runLiveCase(liveCase, {
      ...deps,
      baseUrl,
      apiKey: target.kind === "server" ? target.apiKey : PLACEHOLDER_KEY,
      context: {
        target: target.kind === "prism" ? "prism" : "server",
        eventDestinationId: target.kind === "server" ? target.eventDestinationId : undefined,
        learned,
      },
    });
    if (result.kind === "skipped") {
      skipped.push(`${liveCase.name} not run: ${result.reason}`);
      context.skip(result.reason);
      return;
    }
    Object.assign(learned, result.learned);
    tally(result.operation.operationId, result.verdict, "live");
    expectNoViolations(result.verdict.violations);
  });
});

describe("coverage", () => {
  it("every operation has at least one recorded or live case", () => {
    console.info(`\n${renderCoverageText(coverage)}\n`);
    const report = process.env.CONTRACT_COVERAGE_REPORT;
    if (report !== undefined && report !== "") {
      const written = writeCoverageReport(coverage, resolve(process.env.INIT_CWD ?? process.cwd(), report));
      console.info(`[contract] coverage report written to ${written.json} and ${written.markdown}`);
    }
    expect(operationsWithoutCases(coverage)).toEqual([]);
  });

  it("every documented response of every operation was exercised by a recorded case", () => {
    const missing = coverage.operations.flatMap((row) =>
      row.cells.filter((cell) => cell.recorded.length === 0).map((cell) => `${row.operationId} ${cell.responseKey}`),
    );
    expect(missing).toEqual([]);
  });
});
