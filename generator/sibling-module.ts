/**
 * URL of a module beside `from` with the same extension: `.ts` when running from source (Node
 * strips the types), `.js` when running from dist/. tsc rewrites import specifiers but not the
 * string inside `new URL(…)`, which is how Worker entry points are named.
 */
export function siblingModule(name: string, from: string): URL {
  return new URL(`./${name}${from.slice(from.lastIndexOf("."))}`, from);
}
