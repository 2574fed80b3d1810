// ajv's standalone output still uses require() for its runtime helpers even in ESM mode (ajv#2209).
// Each distinct require("m") becomes one import at the top of the module. What a default import
// of a CommonJS module yields differs: Node gives module.exports, bundlers that honour __esModule
// give exports.default. The usual interop rule recovers what require() returned in both cases.
// indexOf/split rather than a regex: the module can be tens of megabytes for a large spec.

const CALL = 'require("';

export function requiresToImports(code: string): { code: string; modules: string[] } {
  const modules: string[] = [];
  const pieces: string[] = [];
  let copied = 0;
  // One scan; the body is rebuilt from slices (cheap string ropes), never copied as a whole.
  for (let at = code.indexOf(CALL); at !== -1; at = code.indexOf(CALL, at + CALL.length)) {
    const end = code.indexOf('")', at + CALL.length);
    const specifier = code.slice(at + CALL.length, end);
    if (end === -1 || /["\\]/.test(specifier)) continue;
    let index = modules.indexOf(specifier);
    if (index === -1) index = modules.push(specifier) - 1;
    pieces.push(code.slice(copied, at), `__import${index}`);
    copied = end + 2;
  }
  pieces.push(code.slice(copied));
  const imports = modules.map((specifier, index) => {
    const withExtension = specifier.endsWith(".js") ? specifier : `${specifier}.js`;
    return `import __module${index} from ${JSON.stringify(withExtension)};\nconst __import${index} = __module${index} && __module${index}.__esModule ? __module${index} : { default: __module${index} };\n`;
  });
  return { code: imports.join("") + pieces.join(""), modules };
}
