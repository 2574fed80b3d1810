// The one ajv configuration of the generated validators. The meta-schema check that ajv runs on
// every schema it is given is off (validateSchema: false): compiling the JSON Schema meta-schema
// cost 45–66 ms of every run, more than a one-component edit's whole compile, so addDocuments asks
// the meta-schema's precompiled code instead (meta-schema-check.ts), compiled from this same
// configuration, whose verdicts and errors are therefore ajv's own.
import { _ } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import type { SchemaEnv } from "ajv/dist/compile/index.js";
import addFormatsModule from "ajv-formats";
import { type FormatOptions, registerFormats } from "./formats.ts";

// CommonJS packages: Node's default import is module.exports, and each also sets exports.default.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

export type Ajv = InstanceType<typeof Ajv2020Module.default>;

export function validatorAjv(formatOptions: FormatOptions): Ajv {
  const ajv = new Ajv2020({
    strict: false,
    // Its only warnings under these options are about unknown formats, which it skips (no code);
    // the spec's unknown formats are reported once each, with their uses, by formats.ts instead.
    logger: false,
    allErrors: true,
    validateFormats: true,
    validateSchema: false,
    // Formats are imported by the generated module from our runtime (see runtime/formats.ts).
    // inlineRefs: false keeps one function per referenced schema instead of copying it into every user:
    // on GitHub's spec that is 53 MB of code versus a few, and most of the compile time.
    inlineRefs: false,
    code: { source: true, esm: true, lines: false, optimize: false, formats: _`__formats`, process: sourceOnly },
  });
  addFormats(ajv);
  registerFormats(ajv, formatOptions);
  return ajv;
}

/**
 * ajv makes every schema it compiles a live function (new Function over the generated source) as
 * well as keeping the source; we only print the source, and V8's parse of it was a quarter of the
 * compile time. So our schemas get a stub body; meta-schemas stay live, since ajv validates a
 * document that names its own `$schema` with them (meta-schema-check.ts). The printed code is the
 * same: it comes from the kept source.
 */
function sourceOnly(source: string, env?: SchemaEnv): string {
  return env?.root.meta
    ? source
    : 'return function sourceOnly() { throw new Error("ajv compiled this for its source only"); }';
}
