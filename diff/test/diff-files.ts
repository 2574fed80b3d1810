// One way for the diff tests to diff specs they write as JSON: a temp folder that lives as long as
// the enclosing describe (or file), and the changes as [severity, rule, oldPointer, newPointer] rows
// to compare with a want table.
import { afterAll, beforeAll } from "vitest";
import type { Json } from "../../test-support/json.ts";
import { type TempFolder, tempFolder } from "../../test-support/temp-folder.ts";
import type { Change } from "../change.ts";
import { diffSpecs } from "../diff-specs.ts";
import { type DiffSide, type DiffSideOptions, loadSpecModel } from "../load-spec-model.ts";

export type ChangeRow = [severity: string, rule: string, oldPointer: string, newPointer: string];

export function changeRows(changes: readonly Change[]): ChangeRow[] {
  return changes.map((change) => [change.severity, change.rule, change.oldPointer, change.newPointer]);
}

export interface DiffFiles {
  /** Writes a document as JSON under a file name made from `name`; its path. */
  write(name: string, document: Json): string;
  /** Writes the document and loads it as a diff side. */
  load(name: string, document: Json, options?: DiffSideOptions): Promise<DiffSide>;
  /** The changes from `old` to a copy of `base` that `edit` changed. */
  diffEdited(old: DiffSide, base: Json, name: string, edit: (copy: Json) => void): Promise<Change[]>;
}

/** Call at the top of a describe (or file): the folder is made before its tests and removed after. */
export function diffFiles(label = "diff"): DiffFiles {
  let folder: TempFolder;
  beforeAll(() => {
    folder = tempFolder(label);
  });
  afterAll(() => folder.remove());
  const write = (name: string, document: Json) =>
    folder.write(`${name.replace(/\.json$/, "").replaceAll(/\W+/g, "-")}.json`, document);
  const load = (name: string, document: Json, options?: DiffSideOptions) =>
    loadSpecModel(write(name, document), options);
  return {
    write,
    load,
    async diffEdited(old, base, name, edit) {
      const copy = structuredClone(base);
      edit(copy);
      return diffSpecs(old, await load(name, copy));
    },
  };
}
