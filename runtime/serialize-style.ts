// OpenAPI parameter serialisation (the `openapi` profile): style and explode as the OpenAPI
// Specification's Style Examples table gives them (3.0.4 / 3.1.1, which follow RFC 6570; 3.0.3's
// table misprinted label arrays and left `|` and brackets unencoded). Values: a string, number or
// boolean (a Date as ISO 8601), an array of them, or an object of them; deepObject also nests.
import type { ParameterDescriptor, ParameterStyle } from "./operation.ts";
import { percentEncode, percentEncodeAllowReserved } from "./percent-encode.ts";

/** The part of a ParameterDescriptor serialisation reads (Encoding Objects of form bodies have the same). */
export type Serialization = Pick<ParameterDescriptor, "name" | "style" | "explode" | "allowReserved">;

type Encode = (text: string) => string;
type Entries = readonly (readonly [string, string])[];
type Shape =
  | { kind: "scalar"; text: string }
  | { kind: "list"; items: readonly string[] }
  | { kind: "map"; entries: Entries };

const identity: Encode = (text) => text;

function scalarText(value: unknown, name: string): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && value !== null)
    throw new TypeError(`parameter "${name}": a nested object or array has no serialisation in this style`);
  return String(value);
}

/** undefined/null mean "not sent", as do an empty array and an object without defined members (RFC 6570). */
function shapeOf(value: unknown, name: string, encode: Encode): Shape | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const items = value.filter((item) => item != null).map((item) => encode(scalarText(item, name)));
    return items.length === 0 ? undefined : { kind: "list", items };
  }
  if (typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .filter(([, member]) => member != null)
      .map(([key, member]) => [encode(key), encode(scalarText(member, name))] as const);
    return entries.length === 0 ? undefined : { kind: "map", entries };
  }
  return { kind: "scalar", text: encode(scalarText(value, name)) };
}

/** The values of a list or map joined by `separator` (`k,v,k,v`, or `k=v` pairs when exploded). */
function joined(shape: Shape, separator: string, explodePairs: boolean): string {
  if (shape.kind === "scalar") return shape.text;
  if (shape.kind === "list") return shape.items.join(separator);
  return shape.entries
    .map(([key, text]) => (explodePairs ? `${key}=${text}` : `${key}${separator}${text}`))
    .join(separator);
}

/** simple (path, header), label and matrix (path). */
function pathStyle(style: ParameterStyle, explode: boolean, name: string, shape: Shape): string {
  if (style === "label") return `.${joined(shape, explode ? "." : ",", explode)}`;
  if (style !== "matrix") return joined(shape, ",", explode);
  const named = (text: string) => (text === "" ? `;${name}` : `;${name}=${text}`);
  if (!explode || shape.kind === "scalar") return named(joined(shape, ",", false));
  if (shape.kind === "list") return shape.items.map(named).join("");
  return shape.entries.map(([key, text]) => `;${key}=${text}`).join("");
}

const DELIMITERS: Partial<Record<ParameterStyle, string>> = { spaceDelimited: "%20", pipeDelimited: "%7C" };

/** form, spaceDelimited, pipeDelimited (query, cookie, form bodies): `name=value` pairs. */
function formStyle(style: ParameterStyle, explode: boolean, name: string, shape: Shape): string[] {
  if (shape.kind === "scalar") return [`${name}=${shape.text}`];
  if (!explode) return [`${name}=${joined(shape, DELIMITERS[style] ?? ",", false)}`];
  if (shape.kind === "list") return shape.items.map((text) => `${name}=${text}`);
  return shape.entries.map(([key, text]) => `${key}=${text}`);
}

/** deepObject: `name[key]=value`, brackets encoded as the table shows; nesting continues the brackets. */
function deepObjectPairs(prefix: string, value: unknown, encode: Encode, pairs: string[]): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "object" || value instanceof Date) {
    pairs.push(`${prefix}=${encode(scalarText(value, prefix))}`);
    return;
  }
  for (const [key, member] of Object.entries(value))
    deepObjectPairs(`${prefix}%5B${percentEncode(key)}%5D`, member, encode, pairs);
}

function valueEncoding(parameter: Serialization): Encode {
  return parameter.allowReserved ? percentEncodeAllowReserved : percentEncode;
}

/** The text that replaces `{name}` in the path template; undefined when the value is absent. */
export function serializePathParameter(parameter: Serialization, value: unknown): string | undefined {
  const shape = shapeOf(value, parameter.name, percentEncode);
  return shape && pathStyle(parameter.style, parameter.explode, percentEncode(parameter.name), shape);
}

/** The header's value (style simple, never percent-encoded); undefined when the value is absent. */
export function serializeHeaderParameter(parameter: Serialization, value: unknown): string | undefined {
  const shape = shapeOf(value, parameter.name, identity);
  return shape && pathStyle("simple", parameter.explode, parameter.name, shape);
}

/** `name=value` pairs of a query or cookie parameter or a form body property, already encoded; [] when absent. */
export function serializeFormParameter(parameter: Serialization, value: unknown): string[] {
  const name = percentEncode(parameter.name);
  const encode = valueEncoding(parameter);
  if (parameter.style === "deepObject") {
    const pairs: string[] = [];
    deepObjectPairs(name, value, encode, pairs);
    return pairs;
  }
  const shape = shapeOf(value, parameter.name, encode);
  return shape ? formStyle(parameter.style, parameter.explode, name, shape) : [];
}
