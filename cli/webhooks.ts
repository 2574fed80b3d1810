// `webhooks send` and `webhooks listen`: local testing of a webhook endpoint without Stripe. send
// POSTs signed deliveries (an offline `stripe trigger`); listen is a loopback receiver that
// verifies, validates and prints one line per delivery, and can record them as cassettes.
import { readFileSync } from "node:fs";
import { payloadsFromFile } from "../contract/webhook-cassette.ts";
import { displayPath } from "../generator/load/read-source.ts";
import { SpecError } from "../generator/spec-error.ts";
import { signPayload } from "../webhooks/sign-payload.ts";
import { type Command, parseCommandArgs, printHelp, UsageError, withHelp } from "./command.ts";
import { describeAnswer, listen } from "./webhooks-listen.ts";

const HELP = `Usage: stripe-events-contract webhooks <send|listen> [options]

  webhooks send <file> --url <url> --secret <whsec_...> [--timestamp <unix seconds>]
      POSTs each event in <file>, signed with the secret, to the URL (an offline \`stripe trigger\`).
      <file> is a webhook cassette, an HTTP cassette whose response is an event, a Stripe event
      (sent byte for byte) or a JSON array of events. Prints one line per delivery; exits 1 unless
      every answer is 2xx. The secret may come from STRIPE_WEBHOOK_SECRET instead.

  webhooks listen --port <n> --secret <whsec_...> [--record <dir>] [--validators <module>]
      Receives deliveries on http://127.0.0.1:<n> (any path; port 0 picks a free one): verifies,
      validates with your generated validators and event map, and prints one line per delivery.
      Works behind \`stripe listen --forward-to localhost:<n>\` (pass the secret it prints).
      --record writes each accepted delivery as a scrubbed cassette, re-signed with the fake
      cassette secret. Ctrl+C stops it.`;

const OPTIONS = {
  url: { type: "string" },
  secret: { type: "string" },
  timestamp: { type: "string" },
  port: { type: "string" },
  record: { type: "string" },
  validators: { type: "string" },
} as const;

export const command: Command = async (args) => {
  const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: withHelp(OPTIONS) });
  const [action, ...rest] = positionals;
  if (values.help) return printHelp(HELP);
  const secret = values.secret ?? process.env.STRIPE_WEBHOOK_SECRET;
  if (action === "send") return send(rest, values.url, requireSecret(secret), values.timestamp);
  if (action === "listen") {
    if (rest.length > 0) throw new UsageError("webhooks listen takes no file");
    return listen({
      port: integer("--port", values.port),
      secret: requireSecret(secret),
      record: values.record,
      validators: values.validators,
    });
  }
  throw new UsageError(
    `webhooks takes send or listen, got ${action === undefined ? "nothing" : JSON.stringify(action)}`,
  );
};

function requireSecret(secret: string | undefined): string {
  if (secret === undefined || secret.trim() === "")
    throw new UsageError("pass --secret <whsec_...> (or set STRIPE_WEBHOOK_SECRET): the endpoint's signing secret");
  return secret;
}

function integer(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value))
    throw new UsageError(`${flag} needs a whole number, got ${value ?? "nothing"}`);
  return Number(value);
}

async function send(
  files: string[],
  url: string | undefined,
  secret: string,
  timestamp: string | undefined,
): Promise<number> {
  if (files.length !== 1) throw new UsageError("webhooks send takes one file: a cassette or a JSON event");
  if (url === undefined || !/^https?:\/\//.test(url))
    throw new UsageError("pass --url http://127.0.0.1:<port>/<path> (http or https)");
  const at = timestamp === undefined ? undefined : integer("--timestamp", timestamp);
  let failures = 0;
  for (const payload of readPayloads(files[0]!)) {
    const header = signPayload({ payload, secret, ...(at === undefined ? {} : { timestamp: at }) });
    const line = await deliver(url, payload, header);
    if (!line.ok) failures++;
    console.log(line.text);
  }
  return failures > 0 ? 1 : 0;
}

function readPayloads(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw SpecError.single({ file: displayPath(file), message: "does not exist or cannot be read" }, "Check the path.");
  }
  try {
    return payloadsFromFile(text, displayPath(file));
  } catch (error) {
    throw SpecError.single(
      { file: displayPath(file), message: (error as Error).message },
      "Pass one of the files listed in `webhooks --help`.",
    );
  }
}

async function deliver(url: string, payload: string, header: string): Promise<{ ok: boolean; text: string }> {
  const { id, type } = JSON.parse(payload) as { id?: unknown; type?: unknown };
  const label = `${String(id)} ${String(type)}`;
  try {
    const response = await fetch(url, {
      method: "POST",
      body: payload,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "stripe-signature": header,
        "user-agent": "stripe-events-contract webhooks send",
      },
    });
    const answer = await response.text();
    let shown: string;
    try {
      shown = describeAnswer(JSON.parse(answer));
    } catch {
      shown = answer.replace(/\s+/g, " ").slice(0, 200);
    }
    return { ok: response.ok, text: `${response.ok ? "✔" : "✖"} ${response.status} ${label}: ${shown}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return { ok: false, text: `✖ ${label}: could not reach ${url} (${reason}); is the receiver running?` };
  }
}
