// TSDoc text from schema annotations. Spec text is untrusted: "*/" would end the comment and let a
// description inject code, so it is broken up; the text stays readable.

const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Any of what escapeCommentText changes, made from the patterns it replaces. */
const NEEDS_ESCAPING = new RegExp(`${LINE_BREAKS.source}|${CONTROL_CHARACTERS.source}|\\*\\/`);

export function escapeCommentText(text: string): string {
  // One scan for the usual text, which has none of them, instead of one per replacement.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return (
    text
      .replace(LINE_BREAKS, "\n")
      // Control characters have no place in a comment. They go before the "*/" check: removed after
      // it, "*\u0001/" would become a live "*/".
      .replace(CONTROL_CHARACTERS, "")
      .replaceAll("*/", "*\\/")
  );
}

export interface DocSource {
  title?: unknown;
  description?: unknown;
  deprecated?: unknown;
  format?: unknown;
  default?: unknown;
  example?: unknown;
}

/** The lines of a doc comment (without the comment markers), or [] when there is nothing to say. */
export function docLines(schema: DocSource): string[] {
  const lines: string[] = [];
  const description = typeof schema.description === "string" ? schema.description.trim() : "";
  const title = typeof schema.title === "string" ? schema.title.trim() : "";
  if (description) lines.push(description);
  else if (title) lines.push(title);
  if (schema.format === "unix-time") lines.push("Unix time: seconds since 1970-01-01T00:00:00Z.");
  if (typeof schema.format === "string") lines.push(`@format ${schema.format}`);
  if (schema.default !== undefined) lines.push(`@default ${safeJson(schema.default)}`);
  if (schema.deprecated === true) lines.push("@deprecated");
  return lines;
}

function safeJson(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
