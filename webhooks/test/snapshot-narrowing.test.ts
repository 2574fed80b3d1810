// Where a spec describes each event type's data (Stripe's full specs: x-stripeEvent schemas), the
// generated event map narrows the router's handlers to it, and the data is validated before the
// handler sees it. Generated from a small spec in that shape, type-checked, then run.
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, typeCheckableOutputArgs } from "../../test-support/cli.ts";
import { snapshotEventSpec } from "../../test-support/event-specs.ts";
import { repoPath } from "../../test-support/repo.ts";
import { tempFolder } from "../../test-support/temp-folder.ts";
import { typeCheck } from "../../test-support/typecheck.ts";

const work = tempFolder("snapshot-narrowing", { insideRepo: true });
const library = relative(work.at("consumer"), repoPath("webhooks/index.ts"));

const CONSUMER = `import { createWebhookReceiver, signPayload } from ${JSON.stringify(library)};
import { eventSchemas, type EventTypes } from "../out/webhooks.ts";
import { validate } from "../out/validators.ts";

const secret = "whsec_narrowing";
const receiver = createWebhookReceiver<EventTypes>({ validate, schemas: eventSchemas });
export const seen: string[] = [];
const router = receiver.createEventRouter({ secrets: secret, now: () => 1_700_000_000 });
router.on("charge.succeeded", (event) => {
  const amount: number = event.data.object.amount;
  const type: "charge.succeeded" = event.type;
  seen.push(\`\${type} \${amount}\`);
});
router.on("customer.created", (event) => {
  const email: string | null = event.data.object.email;
  seen.push(\`customer.created \${email}\`);
});

export function neverCalled() {
  // @ts-expect-error a typo of a listed type does not compile
  router.on("charge.succeded", () => {});
  // @ts-expect-error one type's data is not another's
  router.on("customer.created", (event) => event.data.object.amount.toFixed());
}

export function deliver(body: unknown) {
  const raw = JSON.stringify(body);
  return router.handle(raw, signPayload({ payload: raw, secret, timestamp: 1_700_000_000 }));
}

export function construct(body: unknown) {
  const raw = JSON.stringify(body);
  return receiver.constructEvent(raw, signPayload({ payload: raw, secret, timestamp: 1 }), secret, { now: 1 });
}
`;

const event = (type: string, object: Record<string, unknown>) => ({
  id: "evt_1",
  object: "event",
  type,
  created: 1_700_000_000,
  livemode: false,
  data: { object },
});
const charge = { id: "ch_1", object: "charge", amount: 1200 };

interface Consumer {
  seen: string[];
  deliver(body: unknown): Promise<{ status: number; body: { error?: { violations?: { pointer: string }[] } } }>;
  construct(body: unknown): { knownType: boolean };
}
let consumer: Consumer;

beforeAll(async () => {
  const generated = await runCli([
    "generate",
    "--spec",
    work.write("spec.json", snapshotEventSpec()),
    ...typeCheckableOutputArgs(work.at("out")),
  ]);
  expect(generated.stderr).toBe("");
  work.write("consumer/consumer.ts", CONSUMER);
  consumer = (await import(pathToFileURL(work.at("consumer/consumer.ts")).href)) as Consumer;
}, 120_000);
afterAll(() => work.remove());

describe("the event map of a spec with x-stripeEvent schemas", () => {
  it("narrows handlers by type: the consumer type-checks, and each marked line is an error", async () => {
    expect(await typeCheck(work.path, ["out", "consumer"])).toBe("");
  }, 120_000);

  it("routes a listed type to its handler with its typed data", async () => {
    await expect(consumer.deliver(event("charge.succeeded", charge))).resolves.toMatchObject({ status: 200 });
    await expect(
      consumer.deliver({ ...event("customer.created", { id: "cus_1", object: "customer", email: null }), id: "evt_2" }),
    ).resolves.toMatchObject({ status: 200 });
    expect(consumer.seen).toEqual(["charge.succeeded 1200", "customer.created null"]);
  });

  it("twin: data that breaks its type's schema is 400 at its pointer, and the handler never runs", async () => {
    const answer = await consumer.deliver({
      ...event("charge.succeeded", { ...charge, amount: "12.00" }),
      id: "evt_3",
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.violations?.map((violation) => violation.pointer)).toEqual(["/data/object/amount"]);
    expect(consumer.seen).toHaveLength(2);
  });

  it("constructEvent marks listed types known, and others unknown", () => {
    expect(consumer.construct(event("charge.succeeded", charge)).knownType).toBe(true);
    expect(consumer.construct(event("invoice.paid", { id: "in_1" })).knownType).toBe(false);
  });
});
