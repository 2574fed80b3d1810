// Formats, from the generator's side: which ones the generated validators check (ajv-formats' and
// runtime/formats.ts's), the patterns a user registers for others (--format name=regex, "formats"
// in the config), and a report of every other format a spec uses: one warning per format, with
// the number of uses and the first one's line, instead of ajv's two stderr lines per use.
import type { Format } from "ajv";
import { customFormats, formats as runtimeFormats } from "../../../runtime/formats.ts";
import type { GenerateConfig } from "../../config.ts";
import type { ApiModel, SpecModel } from "../../model/api-model.ts";
import { subschemas } from "../../model/schema-keywords.ts";
import { type FormatUse, formatUsesOf, formatUsesOfSlots } from "../../resolve/format-uses.ts";
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
 * Registers runtime/formats.ts's own formats and the user's patterns (as RegExps, which ajv writes
 * into the generated code, so the runtime needs nothing). Any other format ajv does not know it
 * skips, with no code and, since its logger is off (compile-validators.ts), no word: the spec's
 * unknown formats are reported once each by unknownFormatWarnings instead.
 */
export function registerFormats(ajv: AjvWithFormats, options: FormatOptions): void {
  for (const [name, format] of Object.entries(customFormats)) ajv.addFormat(name, format as Format);
  for (const [name, pattern] of Object.entries(options.formats ?? {})) ajv.addFormat(name, new RegExp(pattern, "u"));
}

/** One warning per format that is neither built in, given a pattern, nor ignored; not yet located (emit/run-warnings.ts). */
export function unknownFormatWarnings(model: ApiModel, options: FormatOptions): WarningGroup {
  const ignored = new Set(options.ignoreFormats ?? []);
  const patterns = options.formats ?? {};
  const problems: SpecProblem[] = [];
  for (const spec of model.specs) {
    const unknown = [...formatUses(spec)].filter(
      ([name]) => !BUILT_IN_FORMATS.has(name) && !ignored.has(name) && !Object.hasOwn(patterns, name),
    );
    for (const [name, use] of unknown) {
      const uses = use.count === 1 ? "1 use" : `${use.count} uses, the first here`;
      problems.push({ file: spec.file, pointer: use.first, message: `format ${JSON.stringify(name)} (${uses})` });
    }
  }
  return { noun: "unknown format", heading: UNKNOWN_FORMATS_HEADING, problems };
}

/**
 * format name → how many schemas of the spec use it, and where the first one says so: counted by the
 * resolve stage, or here over the schema places as it counts them.
 */
function formatUses(spec: SpecModel): ReadonlyMap<string, FormatUse> {
  if (spec.formatUses) return spec.formatUses;
  if (spec.version === "json-schema") return formatUsesOf(jsonSchemaPlaces(spec.document));
  return formatUsesOfSlots(schemaSlots(spec.document));
}

/** A JSON Schema document is one schema: each schema in it, walked from its root, with its path. */
function* jsonSchemaPlaces(document: unknown): Generator<[unknown, { readonly path: readonly (string | number)[] }]> {
  const stack: [unknown, readonly (string | number)[]][] = [[document, []]];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const [schema, path] = stack.pop()!;
    if (seen.has(schema)) continue;
    if (typeof schema === "object") seen.add(schema);
    yield [schema, { path }];
    if (typeof schema === "object" && schema !== null)
      for (const [keys, child] of subschemas(schema as Record<string, unknown>))
        stack.push([child, [...path, ...keys]]);
  }
}
