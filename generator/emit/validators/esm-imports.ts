// ajv's standalone output still uses require() for its runtime helpers even in ESM mode (ajv#2209).
// Each require("m") becomes a name derived from "m" alone, so an entry's code reads the same
// whichever other entries share the module, and the module imports each "m" once at its top.
// What a default import of a CommonJS module yields differs: Node gives module.exports, bundlers
// that honour __esModule give exports.default. The usual interop rule recovers what require()
// returned in both cases. indexOf/split rather than a regex: the code can be megabytes long.

const CALL = 'require("';

export function requireCalls(code: string): { code: string; modules: string[] } {
  const modules = new Set<string>();
  const pieces: string[] = [];
  let copied = 0;
  // One scan; the body is rebuilt from slices (cheap string ropes), never copied as a whole.
  for (let at = code.indexOf(CALL); at !== -1; at = code.indexOf(CALL, at + CALL.length)) {
    const end = code.indexOf('")', at + CALL.length);
    const specifier = code.slice(at + CALL.length, end);
    if (end === -1 || /["\\]/.test(specifier)) continue;
    modules.add(specifier);
    pieces.push(code.slice(copied, at), importedName(specifier));
    copied = end + 2;
  }
  pieces.push(code.slice(copied));
  return { code: pieces.join(""), modules: [...modules] };
}

/** The import declarations of `modules`, in the order given. */
export function moduleImports(modules: Iterable<string>): string {
  let imports = "";
  for (const specifier of modules) {
    const name = importedName(specifier);
    const withExtension = specifier.endsWith(".js") ? specifier : `${specifier}.js`;
    imports += `import ${name}_module from ${JSON.stringify(withExtension)};\nconst ${name} = ${name}_module && ${name}_module.__esModule ? ${name}_module : { default: ${name}_module };\n`;
  }
  return imports;
}

/** "ajv/dist/runtime/equal" → "__require_ajv_2f_dist_2f_runtime_2f_equal": one name per specifier ("_" is escaped too, so two specifiers never share one). */
function importedName(specifier: string): string {
  return `__require_${specifier.replace(/[^A-Za-z0-9]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`)}`;
}
