// The README's Architecture map names every top-level source folder exactly once, and nothing that
// does not exist, so the map cannot drift from the tree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { committableFiles, repoPath } from "../repo.ts";

/** Folder names at the start of a line in the README's Architecture code block ("core/", "diff/"). */
function mappedFolders(readme: string): string[] {
  const section = readme.split(/^## Architecture\n/m)[1]?.split(/^## /m)[0] ?? "";
  const block = section.split("```")[1] ?? "";
  return [...block.matchAll(/^(?:\s*▼\s+)?([a-z][\w-]*)\/(?=\s)/gm)].map((match) => match[1] as string);
}

/** Top-level folders that hold committed files, except dot-folders and bin/ (a one-line launcher). */
function topLevelFolders(files: readonly string[]): string[] {
  const folders = files.filter((file) => file.includes("/")).map((file) => file.split("/")[0] as string);
  return [...new Set(folders)].filter((folder) => !folder.startsWith(".") && folder !== "bin").sort();
}

describe("the README's Architecture map", () => {
  const readme = readFileSync(repoPath("README.md"), "utf8");

  it("reads folder names from a map block", () => {
    const given =
      "## Architecture\n\n```\nspecs/   inputs\n  ▼  generator/  the pipeline\nnot-a/folder here\n```\n## Next\n";
    expect(mappedFolders(given)).toEqual(["specs", "generator"]);
    expect(mappedFolders("## Other\n```\nspecs/ x\n```\n")).toEqual([]);
  });

  it("names each top-level folder once", () => {
    const mapped = mappedFolders(readme);
    expect([...mapped].sort()).toEqual(topLevelFolders(committableFiles()));
    expect(new Set(mapped).size).toBe(mapped.length);
  });
});
