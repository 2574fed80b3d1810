// `diff <old-spec> <new-spec>`: the breaking-change report. Both specs go through the same
// load → overlay → validate → model stages as `generate`.
import { exceedsThreshold } from "../diff/change.ts";
import { diffSpecs } from "../diff/diff-specs.ts";
import { formatReport, type ReportFormat } from "../diff/format-report.ts";
import { loadSpecModel } from "../diff/load-spec-model.ts";
import { type Command, parseCommandArgs, printHelp, UsageError, withHelp } from "./command.ts";

const HELP = `Usage: stripe-events-contract diff <old-spec> <new-spec> [options]

Reports what changed between two versions of an OpenAPI 3.0/3.1 spec (YAML or JSON), or of a
JSON Schema 2020-12 document, classified for code that reads responses and sends requests:
breaking, warning or safe. Each change names its JSON pointer in both files.

Options:
  --overlay-old <file>     OpenAPI Overlay 1.0 file applied to <old-spec>; repeat to layer several
  --overlay-new <file>     OpenAPI Overlay 1.0 file applied to <new-spec>; repeat to layer several
  --format <format>        text (default), markdown or json
  --fail-on <class>        exit 1 when a change of this class or worse exists: breaking | warning
                           (without it the exit code is 0 whatever the changes)
  --allow-remote-refs      resolve http(s) $refs (refused by default)
  --debug                  print stack traces
  --help                   show this help`;

const FORMATS: readonly ReportFormat[] = ["text", "markdown", "json"];

export const command: Command = async (args) => {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: withHelp({
      "overlay-old": { type: "string", multiple: true },
      "overlay-new": { type: "string", multiple: true },
      format: { type: "string" },
      "fail-on": { type: "string" },
      "allow-remote-refs": { type: "boolean" },
    }),
  });
  if (values.help) return printHelp(HELP);
  if (positionals.length !== 2) throw new UsageError("diff takes two specs: <old-spec> <new-spec>");
  const format = (values.format ?? "text") as ReportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  const failOn = values["fail-on"];
  if (failOn !== undefined && failOn !== "breaking" && failOn !== "warning")
    throw new UsageError("--fail-on must be breaking or warning");
  const allowRemoteRefs = values["allow-remote-refs"] === true;
  const old = await loadSpecModel(positionals[0]!, { overlay: values["overlay-old"], allowRemoteRefs });
  const newer = await loadSpecModel(positionals[1]!, { overlay: values["overlay-new"], allowRemoteRefs });
  const changes = diffSpecs(old, newer);
  process.stdout.write(formatReport({ oldFile: old.file, newFile: newer.file, changes }, format));
  return exceedsThreshold(changes, failOn) ? 1 : 0;
};
