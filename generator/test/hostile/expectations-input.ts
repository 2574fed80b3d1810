// Hostile input (see expectations.ts): $refs that leave the spec's folder or loop, prototype keys,
// and files that are not a spec at all, each refused with a located message or read safely.
import type { Expectation } from "./expectations.ts";

const OUTSIDE = "points outside the spec's folder";
const REMOTE = "is remote; remote refs are refused unless --allow-remote-refs is given";

export const refAndFileExpectations: Readonly<Record<string, Expectation>> = {
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
