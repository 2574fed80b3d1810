// A generate run that fails at any stage must leave the output folder byte-for-byte as it was,
// and leave no temp folders beside it. Failures are injected through the pipeline's onStage hook,
// against a copy of generated/ so the real one is never at risk.
import { appendFileSync, cpSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../test-support/repo.ts";
import { type TempFolder, tempFolder } from "../../test-support/temp-folder.ts";
import { loadProjectConfig } from "../config.ts";
import { generate, type Stage } from "../pipeline.ts";
import { listFiles } from "../write/write-output.ts";

// Appended to the copy so that a run which did write would visibly change it.
const MARKER = "\n// marker: a successful run rewrites this file\n";
const STAGES: readonly Stage[] = ["load", "repair", "resolve", "model", "emit", "write"];

let folder: TempFolder;
let out = "";

beforeEach(() => {
  folder = tempFolder("hostile-inject", { insideRepo: true });
  out = folder.at("generated");
  cpSync(join(REPO_ROOT, "generated"), out, { recursive: true });
  appendFileSync(join(out, "types.ts"), MARKER);
});
afterEach(() => folder.remove());

function snapshot(folder: string): Map<string, Buffer> {
  return new Map(listFiles(folder).map((path) => [path, readFileSync(join(folder, path))]));
}

function run(onStage: (stage: Stage) => void) {
  return generate({ config: { ...loadProjectConfig(REPO_ROOT), out }, check: false, useCache: false, onStage });
}

describe("a failure injected at each stage", () => {
  it.each(STAGES.map((stage) => ({ stage, want: `injected failure at ${stage}` })))(
    '$stage: rejects with "$want" and leaves every byte as it was',
    async ({ stage, want }) => {
      const before = snapshot(out);
      await expect(
        run((current) => {
          if (current === stage) throw new Error(`injected failure at ${current}`);
        }),
      ).rejects.toThrow(want);
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(folder.path)).toEqual([basename(out)]);
    },
  );
});

describe("the same run without a failure", () => {
  it("passes every stage in order and rewrites the output (so the checks above can see a write)", async () => {
    const seen: Stage[] = [];
    const result = await run((stage) => seen.push(stage));
    expect(seen).toEqual(STAGES);
    expect(result.status).toBe("written");
    expect(readFileSync(join(out, "types.ts"), "utf8")).not.toContain(MARKER.trim());
    expect(listFiles(out)).toEqual(listFiles(join(REPO_ROOT, "generated")));
    expect(readdirSync(dirname(out))).toEqual([basename(out)]);
  });
});
