// Hostile text and names (see expectations.ts): comments, strings, identifiers, type and operation
// names in a spec must come out of the printer escaped or renamed, never as code.
import type { Expectation } from "./expectations.ts";

export const textAndNameExpectations: Readonly<Record<string, Expectation>> = {
  // Comment injection: text stays in comments, readable, and never becomes code.
  "comment-close-in-description.yml": {
    outcome: "generated",
    outputIncludes: [
      "Ends the comment early: *\\/ export const pwned = 1; /*",
      "/** *\\/ export const pwned = 1; /* */",
    ],
  },
  "comment-open-in-description.yml": {
    outcome: "generated",
    outputIncludes: ["Opens /* a block and /** a doc comment // and a line comment", "/** /* unterminated */"],
  },
  "template-literal-in-description.yml": {
    outcome: "generated",
    outputIncludes: [
      "Backticks ` and ${process.exit(1)} and `${globalThis.pwned = 1}`",
      'text?: "`${process.exit(1)}`" | "${pwned}";',
    ],
  },
  "newline-in-title.yml": {
    outcome: "generated",
    outputIncludes: [
      " * first line\n * *\\/ export const pwned = 1; /*\n * third line",
      "   * a\n   * b\n   * c\n   * d\n",
    ],
  },
  "comment-close-in-operation-text.yml": {
    outcome: "generated",
    outputIncludes: [
      "More *\\/ export const pwned = 2; /* text",
      "*\\/ export const pwned = 3; /*",
      "200 response of `GET /v1/things`: *\\/ export const pwned = 4; /*",
    ],
  },
  "comment-close-in-default-and-format.yml": {
    outcome: "generated",
    outputIncludes: ["@format *\\/ export const pwned = 1; /*", '@default "*\\/ export const pwned = 2; /*"'],
  },
  // Titles of inline schemas name types: the name is sanitised, the text stays in the comment.
  "title-of-inline-schema-is-hostile.yml": {
    outcome: "generated",
    outputIncludes: [
      "first?: ExportConstPwned1SecondLine;",
      "   * *\\/ export const pwned = 1; /*\n   * second line",
      "third?: Holder2;",
      "fourth?: RecordObject;",
      "fifth?: Record<string, never>;",
    ],
  },
  "crlf-line-endings.yml": {
    outcome: "generated",
    outputIncludes: [" * first line\n * second line *\\/ export const pwned = 1; /*\n"],
    outputExcludes: ["\r"],
  },

  // Identifiers and names.
  "property-names-not-identifiers.yml": {
    outcome: "generated",
    outputIncludes: [
      '"a-b": string;',
      '"1x"?: number;',
      '"": string;',
      '"naïve 日本語 ключ"?: string;',
      '"say \\"hi\\""?: string;',
      '"back\\\\slash"?: string;',
      '"new\\nline"?: string;',
    ],
  },
  "property-names-reserved-words.yml": {
    outcome: "generated",
    outputIncludes: [
      "class: string;",
      "constructor: string;",
      "__proto__?: string;",
      "toString?: string;",
      "delete?: string;",
    ],
  },
  "prototype-method-names.yml": {
    outcome: "generated",
    outputIncludes: [
      "export interface HasOwnProperty {",
      "hasOwnProperty: boolean;",
      "valueOf?: number;",
      "__defineGetter__?: string;",
      '"hasOwnProperty": T.HasOwnProperty;',
    ],
  },
  // openapi-typescript's resolver crashes on these names; the run must say so, not report a bug.
  "prototype-method-names-with-openapi-typescript.yml": {
    outcome: "error",
    flags: ["--openapi-typescript"],
    messageIncludes: [
      "(at #/components/schemas/hasOwnProperty)",
      "openapi-typescript could not render this spec",
      'the key "hasOwnProperty" is an Object.prototype method name',
      "turn off --openapi-typescript",
    ],
  },
  "enum-values-with-quotes-and-newlines.yml": {
    outcome: "generated",
    outputIncludes: ['"double \\" quote" | "single \' quote" | "new\\nline" | "back\\\\slash"', '| ""'],
  },
  "schema-names-collide-after-sanitising.yml": {
    outcome: "generated",
    outputIncludes: [
      "export interface FooBar {",
      "export interface FooBar2 {",
      "export interface FooBar3 {",
      "export type FooBar4 = string;",
    ],
  },
  "schema-names-shadow-globals.yml": {
    outcome: "generated",
    outputIncludes: [
      "export interface RecordObject {",
      "closed?: Record<string, never>;",
      "export type ArrayObject = string[];",
      "export type PromiseObject = string;",
    ],
    outputExcludes: ["export interface Record {", "export type Array ", "export type Promise "],
  },
  "schema-names-with-quotes-and-backslashes.yml": {
    outcome: "error",
    messageIncludes: ['(at #/components/schemas): must match pattern "^[a-zA-Z0-9._-]+$"'],
    line: 6,
  },
  "operation-ids-reserved-words.yml": {
    outcome: "generated",
    outputIncludes: ["delete: {", "class: {", "constructor: {", "proto: {", "op1stOperation: {"],
  },
  "operation-ids-collide-after-sanitising.yml": {
    outcome: "generated",
    outputIncludes: ["getThings: {", "getThings2: {", "getThings3: {"],
  },
  "operation-ids-duplicate.yml": {
    outcome: "error",
    messageIncludes: ['operationId "listThings" is also used', "#/paths/~1b/get/operationId"],
    line: 10,
  },
};
