// An application project for the contract, record and init commands' tests: its own config naming
// this repository's specs, code generated into it as tsc users generate it (`.js` imports, validators
// as a .ts module), and copies of the documented cassettes. Made inside the repository's .cache so the generated code finds
// ajv, and runs against this checkout's runtime.
import { cpSync } from "node:fs";
import { runCli } from "./cli.ts";
import { RECORDINGS_DIR, repoPath, SPEC_FILES } from "./repo.ts";
import { type TempFolder, tempFolder } from "./temp-folder.ts";

export interface ContractProjectFolder extends TempFolder {
  /** The project's cassettes folder. */
  readonly cassettes: string;
}

export async function contractProject(label: string): Promise<ContractProjectFolder> {
  const folder = tempFolder(label, { insideRepo: true });
  folder.write("stripe-events-contract.config.json", {
    specs: [
      { name: "stripe-events-api", spec: SPEC_FILES.v1, overlay: SPEC_FILES.v1Overlay },
      { name: "stripe-v2-core-events", spec: SPEC_FILES.v2 },
    ],
    jsonSchemas: [{ name: "stripe-event.json", file: SPEC_FILES.eventJsonSchema }],
    out: "src/generated",
    importExtension: ".js",
    compiledValidators: ".ts",
    runtimeImport: repoPath("runtime/index.ts"),
    cassettes: "cassettes",
  });
  const generated = await runCli(["generate"], { cwd: folder.path });
  if (generated.code !== 0) throw new Error(`generate failed in the test project:\n${generated.stderr}`);
  cpSync(RECORDINGS_DIR, folder.at("cassettes"), { recursive: true });
  return { ...folder, cassettes: folder.at("cassettes") };
}
