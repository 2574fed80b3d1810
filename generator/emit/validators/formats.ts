// Formats, from the generator's side: which ones the generated validators check (ajv-formats' and
// runtime/formats.ts's), the patterns a user registers for others (--format name=regex, "formats"
// in the config), and a report of every other format a spec uses: one warning per format, with
// the number of uses and the first one's line, instead of ajv's two stderr lines per use.
import type { Format } from "ajv";
import { toPointer } from "../../../core/json-pointer.ts";
import { customFormats, formats as runtimeFormats } from "../../../runtime/formats.ts";
import type { GenerateConfig } from "../../config.ts";
import type { ApiModel, SpecModel } from "../../model/api-model.ts";
import { subschemas } from "../../model/schema-keywords.ts";
import { schemaSlots } from "../../resolve/schema-slots.ts";
import type { SpecProblem, WarningGroup } from "../../spec-error.ts";

export type FormatOptions = Pick<GenerateConfig, "formats" | "ignoreFormats">;

/** Formats the generated validators check without any option. */
export const BUILT_IN_FORMATS: ReadonlySet<string> = new Set(Object.keys(runtimeFormats));

export const UNKNOWN_FORMATS_HEADING =
  'whose values the validators cannot check; give each a pattern with --format <name>=<regex> (or "formats" in the config), or silence it with --ignore-format <name> (or "ignoreFormats")';

interface AjvWithFormats {
  addFormat(name: string, format: Format): unknown;
}

/**
 * Registers runtime/formats.ts's own formats, the user's patterns (a RegExp, which ajv writes into
 * the generated code, so the runtime needs nothing), and every other format named in `documents`
 * as unchecked: ajv then has nothing to warn about.
 */
export function registerFormats(ajv: AjvWithFormats, documents: readonly unknown[], options: FormatOptions): void {
  for (const [name, format] of Object.entries(customFormats)) ajv.addFormat(name, format as Format);
  const patterns = options.formats ?? {};
  for (const [name, pattern] of Object.entries(patterns)) ajv.addFormat(name, new RegExp(pattern, "u"));
  for (const name of formatNames(documents))
    if (!BUILT_IN_FORMATS.has(name) && !Object.hasOwn(patterns, name)) ajv.addFormat(name, true);
}

/** Every string value of a "format" key, wherever it is (registering an unused name costs nothing). */
function formatNames(documents: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  const stack = [...documents];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      if (key === "format" && typeof child === "string") names.add(child);
      else stack.push(child);
    }
  }
  return names;
}

/** One warning per format that is neither built in, given a pattern, nor ignored. */
export function unknownFormatWarnings(model: ApiModel, options: FormatOptions): WarningGroup {
  const ignored = new Set(options.ignoreFormats ?? []);
  const patterns = options.formats ?? {};
  const problems: SpecProblem[] = [];
  for (const spec of model.specs) {
    for (const [name, use] of formatUses(spec)) {
      if (BUILT_IN_FORMATS.has(name) || ignored.has(name) || Object.hasOwn(patterns, name)) continue;
      const uses = use.count === 1 ? "1 use" : `${use.count} uses, the first here`;
      problems.push({
        file: spec.file,
        pointer: use.first,
        ...spec.locate(use.first),
        message: `format ${JSON.stringify(name)} (${uses})`,
      });
    }
  }
  return { noun: "unknown format", heading: UNKNOWN_FORMATS_HEADING, problems };
}

/** format name → how many schemas of the spec use it, and where the first one says so. */
function formatUses(spec: SpecModel): Map<string, { count: number; first: string }> {
  const uses = new Map<string, { count: number; first: string }>();
  for (const [schema, path] of schemasOf(spec)) {
    if (typeof schema !== "object" || schema === null || typeof (schema as { format?: unknown }).format !== "string")
      continue;
    const name = (schema as { format: string }).format;
    const use = uses.get(name);
    if (use) use.count++;
    else uses.set(name, { count: 1, first: toPointer([...path, "format"]) });
  }
  return uses;
}

function* schemasOf(spec: SpecModel): Generator<[unknown, readonly (string | number)[]]> {
  if (spec.version !== "json-schema") {
    for (const slot of schemaSlots(spec.document))
      yield [(slot.holder as Record<string | number, unknown>)[slot.key], slot.path];
    return;
  }
  // A JSON Schema document is one schema: walk it from its root.
  const stack: [unknown, readonly (string | number)[]][] = [[spec.document, []]];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const [schema, path] = stack.pop()!;
    if (seen.has(schema)) continue;
    if (typeof schema === "object") seen.add(schema);
    yield [schema, path];
    if (typeof schema === "object" && schema !== null)
      for (const [keys, child] of subschemas(schema as Record<string, unknown>))
        stack.push([child, [...path, ...keys]]);
  }
}
