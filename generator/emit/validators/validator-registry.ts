// `byName`, the registry validate() looks validators up in: an object from each name validate()
// accepts to its export, written into validators.compiled.js and declared in its .d.ts by an
// interface with one member per name. validators.ts passes it to createValidate<SchemaName>, so a
// name without a validator is still a compile error, while tsc relates two declared types instead
// of checking a literal of every export (issue 14: that literal was most of validators.ts's check time).
import type { Declaration } from "../code/declaration.ts";
import { property, reference } from "../code/type-node.ts";

export const REGISTRY_EXPORT = "byName";
export const REGISTRY_INTERFACE = "ValidatorsByName";

/** A quoted property key; in an object literal even a quoted "__proto__" sets the prototype, so it is computed there. */
export function registryKey(name: string, inObjectLiteral: boolean): string {
  const quoted = JSON.stringify(name);
  return inObjectLiteral && name === "__proto__" ? `[${quoted}]` : quoted;
}

/** The module code of the registry; it follows every export, aliases included, since it reads them when the module loads. */
export function registryCode(exportNames: ReadonlyMap<string, string>): string {
  const entries = [...exportNames].map(([name, exportName]) => `  ${registryKey(name, true)}: ${exportName},\n`);
  return `export const ${REGISTRY_EXPORT} = {\n${entries.join("")}};\n`;
}

/** The registry's declarations in validators.compiled.d.ts. */
export function registryDeclarations(exportNames: ReadonlyMap<string, string>): Declaration[] {
  return [
    {
      kind: "interface",
      name: REGISTRY_INTERFACE,
      exported: true,
      docs: ["Every precompiled validator by the name validate() accepts."],
      members: [...exportNames.keys()].map((name) =>
        property(registryKey(name, false), reference("CompiledValidator")),
      ),
    },
    {
      kind: "const",
      name: REGISTRY_EXPORT,
      exported: true,
      docs: ["The registry validators.ts gives createValidate()."],
      type: reference(REGISTRY_INTERFACE),
    },
  ];
}
