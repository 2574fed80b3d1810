// `record`: new, scrubbed cassettes from live exchanges (see contract/record.ts). Target as for the live
// suite: STRIPE_API_KEY (sk_test_… only) and/or CONTRACT_BASE_URL, or --from-prism for a local mock.
import { join, resolve } from "node:path";
import { LiveSettingError } from "../contract/live-target.ts";
import { loadContractProject } from "../contract/project.ts";
import { recordCassettes } from "../contract/record.ts";
import { SpecError } from "../generator/spec-error.ts";
import { type Command, parseCommandArgs, printHelp, withHelp } from "./command.ts";

const HELP = `Usage: stripe-events-contract record [--out <dir>] [--from-prism]

Runs the live cases against STRIPE_API_KEY=sk_test_… (Stripe in test mode; live keys are refused)
or CONTRACT_BASE_URL, through your generated client, and writes one scrubbed cassette per exchange
(Authorization and cookies removed, key-like strings replaced).

Options:
  --out <dir>      where to write (default: <cassettes folder>/recorded)
  --from-prism     record a Prism mock built from your specs instead, to try the recorder offline. Its
                   data is invented, so these cassettes are marked "mock": \`contract\` lists them and
                   never replays them
  --help           show this help`;

const OPTIONS = {
  out: { type: "string" },
  "from-prism": { type: "boolean" },
} as const;

export const command: Command = async (args) => {
  const { values } = parseCommandArgs({ args, options: withHelp(OPTIONS) });
  if (values.help) return printHelp(HELP);
  const project = await loadContractProject(process.cwd());
  const outDir = values.out === undefined ? join(project.cassettesDir, "recorded") : resolve(values.out);
  try {
    const { server, written } = await recordCassettes({
      project,
      outDir,
      fromPrism: values["from-prism"] === true,
      env: process.env,
      onSkip: (name, reason) => console.warn(`skipped ${name}: ${reason}`),
    });
    console.log(
      `Recorded ${written.length} cassette(s) from ${server}:\n${written.map((file) => `  ${file}`).join("\n")}`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof LiveSettingError)) throw error;
    throw SpecError.single({ file: "environment", message: error.message }, "Set the variables and run again.");
  }
};
