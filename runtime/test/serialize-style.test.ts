// The openapi profile's parameter serialisation against the OpenAPI Specification's "Style
// Examples" table (3.1.1 §4.8.12.4 / 3.0.4; RFC 6570 semantics): a parameter named `color` with
// the values empty (""), "blue", ["blue", "black", "brown"] and { R: 100, G: 200, B: 150 }. For
// spaceDelimited, pipeDelimited and deepObject the table prints only the value part; the query
// pair is `color=` followed by it. "n/a" cells are left out.
import { describe, expect, it } from "vitest";
import type { ParameterStyle } from "../operation.ts";
import {
  type Serialization,
  serializeFormParameter,
  serializeHeaderParameter,
  serializePathParameter,
} from "../serialize-style.ts";

const VALUES = { empty: "", string: "blue", array: ["blue", "black", "brown"], object: { R: 100, G: 200, B: 150 } };
type Column = keyof typeof VALUES;

interface Row {
  style: ParameterStyle;
  explode: boolean;
  want: Partial<Record<Column, string>>;
}

const PATH_TABLE: Row[] = [
  {
    style: "matrix",
    explode: false,
    want: {
      empty: ";color",
      string: ";color=blue",
      array: ";color=blue,black,brown",
      object: ";color=R,100,G,200,B,150",
    },
  },
  {
    style: "matrix",
    explode: true,
    want: {
      empty: ";color",
      string: ";color=blue",
      array: ";color=blue;color=black;color=brown",
      object: ";R=100;G=200;B=150",
    },
  },
  {
    style: "label",
    explode: false,
    want: { empty: ".", string: ".blue", array: ".blue,black,brown", object: ".R,100,G,200,B,150" },
  },
  {
    style: "label",
    explode: true,
    want: { empty: ".", string: ".blue", array: ".blue.black.brown", object: ".R=100.G=200.B=150" },
  },
  {
    style: "simple",
    explode: false,
    want: { empty: "", string: "blue", array: "blue,black,brown", object: "R,100,G,200,B,150" },
  },
  {
    style: "simple",
    explode: true,
    want: { empty: "", string: "blue", array: "blue,black,brown", object: "R=100,G=200,B=150" },
  },
];

const QUERY_TABLE: Row[] = [
  {
    style: "form",
    explode: false,
    want: { empty: "color=", string: "color=blue", array: "color=blue,black,brown", object: "color=R,100,G,200,B,150" },
  },
  {
    style: "form",
    explode: true,
    want: {
      empty: "color=",
      string: "color=blue",
      array: "color=blue&color=black&color=brown",
      object: "R=100&G=200&B=150",
    },
  },
  {
    style: "spaceDelimited",
    explode: false,
    want: { array: "color=blue%20black%20brown", object: "color=R%20100%20G%20200%20B%20150" },
  },
  {
    style: "pipeDelimited",
    explode: false,
    want: { array: "color=blue%7Cblack%7Cbrown", object: "color=R%7C100%7CG%7C200%7CB%7C150" },
  },
  { style: "deepObject", explode: true, want: { object: "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150" } },
];

function cells(table: Row[]) {
  return table.flatMap(({ style, explode, want }) =>
    Object.entries(want).map(([column, expected]) => ({
      style,
      explode,
      column: column as Column,
      expected,
    })),
  );
}

const parameter = (style: ParameterStyle, explode: boolean, extra: Partial<Serialization> = {}): Serialization => ({
  name: "color",
  style,
  explode,
  ...extra,
});

describe("path parameters against the style table", () => {
  it.each(cells(PATH_TABLE))("$style explode=$explode, $column → $expected", ({ style, explode, column, expected }) => {
    expect(serializePathParameter(parameter(style, explode), VALUES[column])).toBe(expected);
  });
});

describe("query parameters against the style table", () => {
  it.each(cells(QUERY_TABLE))(
    "$style explode=$explode, $column → $expected",
    ({ style, explode, column, expected }) => {
      expect(serializeFormParameter(parameter(style, explode), VALUES[column]).join("&")).toBe(expected);
    },
  );
});

describe("beyond the table", () => {
  it.each([
    {
      given: "reserved characters are percent-encoded",
      value: "a b&c=d/e?f#g[h]",
      allowReserved: false,
      want: "color=a%20b%26c%3Dd%2Fe%3Ff%23g%5Bh%5D",
    },
    {
      given: "allowReserved keeps them",
      value: "a b&c=d/e?f#g[h]",
      allowReserved: true,
      want: "color=a%20b&c=d/e?f#g[h]",
    },
    {
      given: "allowReserved keeps percent-encoded triples but encodes a lone %",
      value: "50%25 100%",
      allowReserved: true,
      want: "color=50%25%20100%25",
    },
    {
      given: "without allowReserved a triple is encoded again",
      value: "50%25",
      allowReserved: false,
      want: "color=50%2525",
    },
    {
      given: "unicode, and the sub-delimiters encodeURIComponent leaves alone",
      value: "é!'()*",
      allowReserved: false,
      want: "color=%C3%A9%21%27%28%29%2A",
    },
  ])("$given", ({ value, allowReserved, want }) => {
    const serialization = parameter("form", true, allowReserved ? { allowReserved: true } : {});
    expect(serializeFormParameter(serialization, value).join("&")).toBe(want);
  });

  it.each([
    { given: "undefined", value: undefined },
    { given: "null", value: null },
    { given: "an empty array", value: [] },
    { given: "an object without defined members", value: { a: undefined } },
  ])("$given is not sent", ({ value }) => {
    expect(serializeFormParameter(parameter("form", true), value)).toEqual([]);
    expect(serializePathParameter(parameter("simple", false), value)).toBeUndefined();
    expect(serializeHeaderParameter(parameter("simple", false), value)).toBeUndefined();
  });

  it("numbers, booleans and Dates (ISO 8601)", () => {
    const value = [1.5, false, new Date("2024-01-02T03:04:05.000Z")];
    expect(serializeFormParameter(parameter("form", false), value)).toEqual([
      "color=1.5,false,2024-01-02T03%3A04%3A05.000Z",
    ]);
  });

  it("header values use style simple and are not percent-encoded", () => {
    expect(serializeHeaderParameter(parameter("simple", false), ["a b", "c/d"])).toBe("a b,c/d");
    expect(serializeHeaderParameter(parameter("simple", true), { R: 100, G: 200 })).toBe("R=100,G=200");
  });

  it("path values are percent-encoded, separators are not", () => {
    expect(serializePathParameter(parameter("simple", false), ["a/b", "c,d"])).toBe("a%2Fb,c%2Cd");
    expect(serializePathParameter(parameter("label", true), ["x y"])).toBe(".x%20y");
  });

  it("deepObject nests further with more brackets (the spec defines one level)", () => {
    expect(serializeFormParameter(parameter("deepObject", true), { a: { b: 1 }, c: [2, 3] }).join("&")).toBe(
      "color%5Ba%5D%5Bb%5D=1&color%5Bc%5D%5B0%5D=2&color%5Bc%5D%5B1%5D=3",
    );
  });

  it("a nested object in another style is a TypeError naming the parameter", () => {
    expect(() => serializeFormParameter(parameter("form", true), { a: { b: 1 } })).toThrow(
      /parameter "color": a nested object/,
    );
    expect(() => serializeFormParameter(parameter("form", true), { a: "ok" })).not.toThrow();
  });

  it("names are percent-encoded too", () => {
    expect(serializeFormParameter({ name: "filter[status]", style: "form", explode: true }, "open")).toEqual([
      "filter%5Bstatus%5D=open",
    ]);
  });
});
