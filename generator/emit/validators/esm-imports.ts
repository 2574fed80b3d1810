// ajv's standalone output still uses require() for its runtime helpers even in ESM mode (ajv#2209).
// Each distinct require("m") becomes one default import at the top of the module; the default
// export of a CommonJS module is its module.exports, which is what require() returned.

const REQUIRE = /require\("([^"\\]+)"\)/g;

export function requiresToImports(code: string): { code: string; modules: string[] } {
  const modules: string[] = [];
  const body = code.replace(REQUIRE, (_match, specifier: string) => {
    const withExtension = specifier.endsWith(".js") ? specifier : `${specifier}.js`;
    let index = modules.indexOf(withExtension);
    if (index === -1) index = modules.push(withExtension) - 1;
    return `__import${index}`;
  });
  const imports = modules.map((specifier, index) => `import __import${index} from ${JSON.stringify(specifier)};`);
  return { code: [...imports, body].join("\n"), modules };
}
