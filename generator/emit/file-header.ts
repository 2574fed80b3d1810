// Every generated file says it is generated, by what, and from which inputs (with content hashes),
// like hey-api's headers. No timestamps: two runs on the same inputs must be byte-identical.

export interface InputDigest {
  /** Path as given (relative to the working directory). */
  readonly path: string;
  readonly sha256: string;
}

export interface HeaderInfo {
  readonly generator: string;
  readonly inputs: readonly InputDigest[];
}

export function fileHeader(info: HeaderInfo, lineComment = "//"): string {
  const lines = [
    "This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).",
    `Generator: ${info.generator}`,
    "Sources:",
    ...info.inputs.map((input) => `  ${printablePath(input.path)} sha256:${input.sha256}`),
  ];
  return `${lines.map((line) => `${lineComment} ${line}`).join("\n")}\n`;
}

/**
 * The start of validators.compiled.js (or .ts, which tsc must not check): the worker that compiles
 * the validators writes it into the module, so the tens of MB of code are never copied to add it.
 */
export function compiledValidatorsHeader(banner: string, compiledValidators: ".ts" | ".js" | undefined): string {
  return compiledValidators === ".ts" ? `// @ts-nocheck\n${banner}` : banner;
}

/** Paths come from the user; anything that could end the comment line is escaped. */
function printablePath(path: string): string {
  return /^[\w./@+-]+$/.test(path)
    ? path
    : JSON.stringify(path).replace(/[\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}
