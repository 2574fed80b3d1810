// Temp folders for tests: one way to make, fill and remove them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoPath } from "./repo.ts";

export type FileContent = string | Uint8Array | object;

export interface TempFolder {
  readonly path: string;
  /** Absolute path of a file or folder inside this one. */
  at(...segments: string[]): string;
  /** Writes text, bytes, or any other value as pretty JSON, creating parent folders; returns the absolute path. */
  write(relativePath: string, content: FileContent): string;
  /** Writes several files (relative path → content). */
  writeAll(files: Readonly<Record<string, FileContent>>): void;
  remove(): void;
}

export interface TempFolderOptions {
  /** Files to write into it at once (relative path → content). */
  readonly files?: Readonly<Record<string, FileContent>>;
  /**
   * Create it under the repository's gitignored .cache/ instead of the OS temp folder, so code
   * written there (generated validators, a built dist/) resolves this checkout's node_modules.
   */
  readonly insideRepo?: boolean;
}

export function tempFolder(label: string, options: TempFolderOptions = {}): TempFolder {
  const parent = options.insideRepo ? repoPath(".cache") : tmpdir();
  mkdirSync(parent, { recursive: true });
  const path = mkdtempSync(join(parent, `sec-${label}-`));
  const write = (relativePath: string, content: FileContent): string => {
    const file = join(path, relativePath);
    mkdirSync(dirname(file), { recursive: true });
    const bytes =
      typeof content === "string" || content instanceof Uint8Array ? content : `${JSON.stringify(content, null, 2)}\n`;
    writeFileSync(file, bytes);
    return file;
  };
  const writeAll = (files: Readonly<Record<string, FileContent>>): void => {
    for (const [relativePath, content] of Object.entries(files)) write(relativePath, content);
  };
  writeAll(options.files ?? {});
  return {
    path,
    at: (...segments) => join(path, ...segments),
    write,
    writeAll,
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** A new temp folder holding these files; its path. */
export function tempTree(files: Readonly<Record<string, FileContent>>, label = "test"): string {
  return tempFolder(label, { files }).path;
}
