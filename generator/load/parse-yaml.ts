// YAML text → data, on one of two paths that read every document they accept alike.
// The fast path is js-yaml's event parser (4.7 MB of Stripe's spec: about 0.2 s against 1.3 s for
// the yaml package's document API). It takes only plain documents: one document, no directive, no
// explicit tag, no alias, no null key. Everything else goes to the careful path, the yaml package, as does any
// text the fast path cannot read: there a syntax error gets its line and column, and aliases get
// the package's expansion budget. An alias is never expanded on the fast path: js-yaml shares the
// aliased node, so a "billion laughs" text loads in a millisecond and then every later stage walks
// the exponential tree (9 s for a 1 kB file); the careful path refuses such a text instead.
import { createRequire } from "node:module";
import type { Event } from "js-yaml";
import type { DocumentOptions, LineCounter, ParseOptions, SchemaOptions } from "yaml";
import { SpecError } from "../spec-error.ts";

/** The data of a YAML text; a SpecError naming the file and line when it is not valid YAML. */
export function parseYaml(text: string, shown: string): unknown {
  const fast = fastYaml(text);
  return fast ? fast.data : carefulYaml(text, shown);
}

/** The data of a plain YAML document, or undefined when the careful path must read the text. */
export function fastYaml(text: string): { data: unknown } | undefined {
  const jsYaml = jsYamlPackage();
  try {
    const events = jsYaml.parseEvents(text, {});
    if (!isPlain(events, text, jsYaml)) return undefined;
    // maxAliases 0 as well: isPlain has refused aliases, this says so twice.
    const documents = jsYaml.constructFromEvents(events, { source: text, schema: jsYaml.CORE_SCHEMA, maxAliases: 0 });
    return documents.length === 1 ? { data: documents[0] } : undefined;
  } catch {
    return undefined;
  }
}

/** One document, no directive, no tag, no alias, no null key: what both paths read alike. */
function isPlain(events: readonly Event[], text: string, jsYaml: JsYaml): boolean {
  const { EVENT_ID } = jsYaml;
  let documents = 0;
  // Per open node: a mapping's count of keys and values so far, or undefined (document, sequence).
  const open: (number | undefined)[] = [];
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      open.pop();
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) {
      // A %YAML 1.1 directive changes how the careful path reads scalars (yes/no, merge keys).
      if (++documents > 1 || event.directives.length > 0) return false;
      open.push(undefined);
      continue;
    }
    const parent = open.length - 1;
    const isKey = open[parent] !== undefined && open[parent]! % 2 === 0;
    if (open[parent] !== undefined) open[parent]!++;
    if (!isPlainNode(event, isKey, text, jsYaml)) return false;
    if (event.type === EVENT_ID.SEQUENCE) open.push(undefined);
    if (event.type === EVENT_ID.MAPPING) open.push(0);
  }
  return documents === 1;
}

const NULL_SCALAR = /^(?:~|null|Null|NULL|)$/;

function isPlainNode(
  event: Exclude<Event, { type: 1 | 6 }>,
  isKey: boolean,
  text: string,
  { EVENT_ID, SCALAR_STYLE }: JsYaml,
): boolean {
  if (event.type === EVENT_ID.ALIAS || event.tagStart !== -1) return false;
  // A null key is "" to the yaml package and "null" to js-yaml.
  return !(
    isKey &&
    event.type === EVENT_ID.SCALAR &&
    event.style === SCALAR_STYLE.PLAIN &&
    NULL_SCALAR.test(text.slice(event.valueStart, event.valueEnd))
  );
}

type JsYaml = typeof import("js-yaml");

/** js-yaml, loaded when a YAML text is first read: a run on JSON inputs never needs it (2–4 ms of start-up). */
function jsYamlPackage(): JsYaml {
  return createRequire(import.meta.url)("js-yaml") as JsYaml;
}

/** The yaml package, loaded only when a text needs it (errors, aliases, tags, locating lines). */
export function yamlPackage(): typeof import("yaml") {
  return createRequire(import.meta.url)("yaml") as typeof import("yaml");
}

/** The careful path's options (also used to locate lines in YAML). */
export function yamlParseOptions(lineCounter?: LineCounter): ParseOptions & DocumentOptions & SchemaOptions {
  // uniqueKeys: duplicate keys are an error, not a silent last-one-wins.
  return { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true };
}

export function carefulYaml(text: string, shown: string): unknown {
  const document = yamlPackage().parseDocument(text, yamlParseOptions());
  const problems = [...document.errors].map((error) => ({
    file: shown,
    line: error.linePos?.[0].line,
    column: error.linePos?.[0].col,
    message: `YAML ${error.code}: ${error.message.split("\n")[0]}`,
  }));
  if (problems.length > 0)
    throw new SpecError(
      problems,
      "Fix the YAML syntax at the line shown (indent with spaces, not tabs; keys must be unique).",
    );
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw SpecError.single(
      { file: shown, message: `YAML could not be expanded: ${message}` },
      "Remove the chain of aliases (`*anchor`) that expands exponentially; a spec needs only a few aliases.",
    );
  }
}
