// What each corpus file (corpus/<name>) must do. "generated": exit 0, the output type-checks, no
// injected code survives as code, and `outputIncludes` text is in the generated .ts files as
// written there (readable, only `*/` broken up). "error": exit 1, every `messageIncludes` string
// in stderr, `line` the reported line, never a stack trace.

export interface Expectation {
  readonly outcome: "generated" | "error";
  readonly messageIncludes?: readonly string[];
  /** Line reported for the corpus file, e.g. `corpus/x.yml:7:13`. */
  readonly line?: number;
  readonly outputIncludes?: readonly string[];
  readonly outputExcludes?: readonly string[];
  /** Extra CLI flags for this case. */
  readonly flags?: readonly string[];
}

const OUTSIDE = "points outside the spec's folder";
const REMOTE = "is remote; remote refs are refused unless --allow-remote-refs is given";

export const expectations: Readonly<Record<string, Expectation>> = {
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

  // References.
  "ref-remote-http.yml": {
    outcome: "error",
    messageIncludes: [`$ref "http://127.0.0.1:9/schemas/charge.yml" ${REMOTE}`],
    line: 7,
  },
  "ref-remote-https.yml": {
    outcome: "error",
    messageIncludes: [`$ref "https://example.invalid/schemas/charge.yml#/Charge" ${REMOTE}`],
    line: 7,
  },
  "ref-parent-folder-etc-passwd.yml": {
    outcome: "error",
    messageIncludes: [`$ref "../../etc/passwd" ${OUTSIDE}`],
    line: 7,
  },
  "ref-absolute-path.yml": { outcome: "error", messageIncludes: [`$ref "/etc/passwd" ${OUTSIDE}`], line: 7 },
  "ref-file-url.yml": {
    outcome: "error",
    messageIncludes: ['$ref "file:///etc/passwd" uses a URL scheme that is never resolved'],
    line: 7,
  },
  "ref-percent-encoded-traversal.yml": {
    outcome: "error",
    messageIncludes: [`$ref "..%2F..%2F..%2Fetc%2Fpasswd" ${OUTSIDE}`],
    line: 7,
  },
  "ref-malformed-percent-escape.yml": {
    outcome: "error",
    messageIncludes: ['$ref "%E0%A4%A.yml" is not a valid URI reference'],
    line: 7,
  },
  "ref-cycle-length-1.yml": { outcome: "generated", outputIncludes: ["next?: Node;"] },
  "ref-cycle-length-2.yml": { outcome: "generated", outputIncludes: ["invoices?: Invoice[];", "customer?: Customer;"] },
  "ref-cycle-length-5.yml": {
    outcome: "generated",
    outputIncludes: ["next?: C2;", "next?: C5;", "export type C5 = {\n  next?: C1;\n} | null;"],
  },
  "ref-loop-without-content.yml": {
    outcome: "error",
    messageIncludes: [
      "$ref loop #/components/schemas/alias_a → #/components/schemas/alias_b → #/components/schemas/alias_a never reaches a schema",
    ],
    line: 6,
  },
  "ref-missing-pointer.yml": {
    outcome: "error",
    messageIncludes: [
      "(at #/components/schemas/order/properties/customer/$ref)",
      '$ref "#/components/schemas/customer" points at nothing',
    ],
    line: 10,
  },
  "ref-into-prototype-chain.yml": {
    outcome: "error",
    messageIncludes: [
      '$ref "#/components/schemas/__proto__" points at nothing',
      '$ref "#/components/schemas/sneaky/constructor/prototype" points at nothing',
    ],
    line: 9,
  },

  // Prototype pollution (the in-process check of Object.prototype is in prototype-pollution.test.ts).
  "proto-keys-in-allowed-places.yml": {
    outcome: "generated",
    outputIncludes: ['"__proto__": T.Proto;', 'polluted?: "__proto__" | "constructor";', '"name":"__proto__"'],
  },
  "proto-key-in-info.json": {
    outcome: "error",
    messageIncludes: ['(at #/info): must NOT have additional properties (unexpected property "__proto__")'],
    line: 3,
  },

  // Malformed files.
  "empty-file.yml": { outcome: "error", messageIncludes: ["empty-file.yml:1: is empty"], line: 1 },
  "whitespace-only.yml": { outcome: "error", messageIncludes: ["is empty"], line: 1 },
  "binary-file.yml": {
    outcome: "error",
    messageIncludes: ["looks binary (a NUL byte at offset 8)", "Pass a text file in YAML or JSON"],
  },
  "yaml-billion-laughs.yml": {
    outcome: "error",
    messageIncludes: ["YAML could not be expanded", "resource exhaustion", "Remove the chain of aliases"],
  },
  "yaml-few-aliases.yml": {
    outcome: "generated",
    outputIncludes: ["amount?: number;", "fee?: number;", "tax?: number;"],
  },
  "yaml-duplicate-keys.yml": {
    outcome: "error",
    messageIncludes: ["YAML DUPLICATE_KEY: Map keys must be unique"],
    line: 4,
  },
  "yaml-tab-indentation.yml": {
    outcome: "error",
    messageIncludes: ["YAML TAB_AS_INDENT", "indent with spaces, not tabs"],
    line: 3,
  },
  "utf8-bom.yml": {
    outcome: "generated",
    outputIncludes: ["export type Marked = string;"],
    outputExcludes: ["\uFEFF"],
  },
  "openapi-2.0-unquoted.yml": {
    outcome: "error",
    messageIncludes: ["the `openapi` version is 2 (not a string)", "quote it in YAML"],
    line: 1,
  },
  "swagger-2.0.yml": {
    outcome: "error",
    messageIncludes: ["is Swagger 2.0, which is not supported", "Convert it to OpenAPI 3"],
    line: 1,
  },
  "missing-paths.yml": {
    outcome: "error",
    messageIncludes: ["has no `paths` object, which OpenAPI 3.0 requires"],
    line: 1,
  },
  "top-level-list.yml": { outcome: "error", messageIncludes: ["the top level must be a mapping"], line: 1 },
  "json-trailing-comma.json": {
    outcome: "error",
    messageIncludes: ["is not valid JSON", "Fix the JSON syntax"],
    line: 5,
  },
};
