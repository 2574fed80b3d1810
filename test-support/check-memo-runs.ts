// `generate` over a spec built around component schemas, into one temp folder (the output in out/,
// the cache in c/), and the check memo such runs leave: how the check memo's and the proof memo's
// tests drive the CLI.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckMemo } from "../generator/resolve/check-memo.ts";
import { type ProcessRun, runCli } from "./cli.ts";
import { specWithSchemas } from "./specs.ts";
import type { TempFolder } from "./temp-folder.ts";

/** Writes the folder's spec.json around `schemas` (with GET /things) and generates it. */
export function generateSchemas(
  folder: TempFolder,
  schemas: Record<string, unknown>,
  ...flags: string[]
): Promise<ProcessRun> {
  const spec = folder.write("spec.json", specWithSchemas(schemas, { listOperation: true }));
  return runCli(["generate", "--spec", spec, "--out", folder.at("out"), "--cache-dir", folder.at("c"), ...flags]);
}

/** The check memo file of a cache folder (one output's). */
export function checkMemoFile(cacheDir: string): string {
  const name = readdirSync(cacheDir).find((file) => file.startsWith("checks-"));
  if (name === undefined) throw new Error(`no check memo file in ${cacheDir}`);
  return join(cacheDir, name);
}

/** The memo the file holds for its first spec (a file left by a first run holds none). */
export function rememberedCheckMemo(cacheDir: string): CheckMemo | undefined {
  const [, record] = readFileSync(checkMemoFile(cacheDir), "utf8").trim().split("\n");
  return record === undefined ? undefined : (JSON.parse(record)[1] as CheckMemo);
}
