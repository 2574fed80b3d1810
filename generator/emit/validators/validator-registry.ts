// `byName`, the registry validate() looks validators up in (an object from each name validate()
// accepts to its export), and `schemaNames`, those names in order: both written into
// validators.compiled.js and declared in its .d.ts over validators.ts's SchemaName, so that tsc
// checks no literal of them and relates byName to what createValidate<SchemaName> takes as the same
// type (issue 14: a literal of every export, then an interface of every name related to a
// Record of every name, and the tuple of every name were most of validators.ts's check time).
import type { Declaration } from "../code/declaration.ts";
import { reference } from "../code/type-node.ts";

export const REGISTRY_EXPORT = "byName";
export const NAMES_EXPORT = "schemaNames";

/** A quoted property key; in an object literal even a quoted "__proto__" sets the prototype, so it is computed there. */
export function registryKey(name: string, inObjectLiteral: boolean): string {
  const quoted = JSON.stringify(name);
  return inObjectLiteral && name === "__proto__" ? `[${quoted}]` : quoted;
}

/** The module code of the registry; it follows every export, aliases included, since it reads them when the module loads. */
export function registryCode(exportNames: ReadonlyMap<string, string>): string {
  const entries = [...exportNames].map(([name, exportName]) => `  ${registryKey(name, true)}: ${exportName},\n`);
  const names = [...exportNames.keys()].map((name) => `  ${JSON.stringify(name)},\n`);
  return `export const ${REGISTRY_EXPORT} = {\n${entries.join("")}};\nexport const ${NAMES_EXPORT} = [\n${names.join("")}];\n`;
}

/** The registry's declarations in validators.compiled.d.ts, over the facade's SchemaName (which that file imports). */
export function registryDeclarations(): Declaration[] {
  return [
    {
      kind: "const",
      name: REGISTRY_EXPORT,
      exported: true,
      docs: [
        "Every precompiled validator by the name validate() accepts: the registry validators.ts gives createValidate().",
      ],
      type: reference("Readonly", [reference("Record", [reference("SchemaName"), reference("CompiledValidator")])]),
    },
    {
      kind: "const",
      name: NAMES_EXPORT,
      exported: true,
      docs: ["Every name validate() accepts, in the order of the exports."],
      type: reference("ReadonlyArray", [reference("SchemaName")]),
    },
  ];
}
