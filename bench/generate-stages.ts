// Wall time per pipeline stage (load, repair, resolve, model, emit, write) for one spec, using the
// pipeline's own onStage hook, so a regression can be pinned to a stage without a profiler.
// Not part of `npm run bench`. Usage: node bench/generate-stages.ts <spec> [--overlay <file>] [--out <dir>]
// [--cache-dir <dir>]
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { generate, type Stage } from "../generator/pipeline.ts";
import { freshDir, TOOLS } from "./workspace.ts";

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { overlay: { type: "string" }, out: { type: "string" }, "cache-dir": { type: "string" } },
  });
  const spec = resolve(positionals[0] ?? TOOLS.githubSpec);
  const marks: { stage: Stage | "start" | "end"; at: number }[] = [{ stage: "start", at: performance.now() }];
  const result = await generate({
    config: {
      specs: [{ spec, overlay: values.overlay ? resolve(values.overlay) : undefined }],
      jsonSchemas: [],
      // A fresh folder unless --out is given: the content-hash cache must not short-circuit the run.
      // With --cache-dir, a run after an edit reuses the validators of the run before (incremental).
      out: values.out ? resolve(values.out) : freshDir("generate-stages", "out"),
      ...(values["cache-dir"] ? { cacheDir: resolve(values["cache-dir"]) } : {}),
      allowRemoteRefs: false,
      openapiTypescript: false,
      importExtension: ".ts",
      runtimeImport: TOOLS.runtimeIndex,
    },
    check: false,
    onStage: (stage) => marks.push({ stage, at: performance.now() }),
  });
  marks.push({ stage: "end", at: performance.now() });
  console.log(
    `${result.status}: ${result.operations} operations, ${result.schemas} schemas, ${result.validators} validators`,
  );
  // A stage runs from its own mark to the next one; "write" is marked after the temp folder is written.
  for (let i = 0; i < marks.length - 1; i++)
    console.log(
      `${(marks[i + 1]!.at - marks[i]!.at).toFixed(0).padStart(7)} ms  ${marks[i]!.stage === "start" ? "(before load: imports)" : marks[i]!.stage}`,
    );
  console.log(`${(marks.at(-1)!.at - marks[0]!.at).toFixed(0).padStart(7)} ms  total in-process`);
}

await main(process.argv.slice(2));
