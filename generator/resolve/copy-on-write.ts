// Edits of a copy of a document, with the document left as it was. In a tree (every object at one
// place, as JSON.parse makes it) only the objects on the way to an edited place are copied, each
// once: a deep copy of GitHub's 13 MB spec took 160–230 ms and about 80 MB, and the leniency rewrite
// and the discriminators' lowering each made one. Where one object sits at two places (a YAML
// alias), an edit at one place must show at the other, as it does in a deep copy (structuredClone
// keeps shared objects shared): such a document is still copied whole.
import { hasChild, lookupTokens } from "../../core/json-pointer.ts";

type Container = Record<string, unknown> | unknown[];

/** A copy of a document being edited. */
export interface DocumentEdits {
  /** The edited copy. */
  readonly root: unknown;
  /** The object or array at `tokens` in the copy, free to change; undefined when none is there. */
  writable(tokens: readonly string[]): Container | undefined;
}

/** `document` as `edit` leaves a copy of it; the document itself is not changed. */
export function editedCopy(document: unknown, edit: (edits: DocumentEdits) => void): unknown {
  const edits = isTree(document) ? new PathCopies(document) : new DeepCopy(structuredClone(document));
  edit(edits);
  return edits.root;
}

/** Whether every object and array of `document` is at one place only (no sharing, no cycle). */
export function isTree(document: unknown): boolean {
  const seen = new Set<object>();
  const stack = [document];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (seen.has(value)) return false;
    seen.add(value);
    if (Array.isArray(value)) for (const item of value) stack.push(item);
    else for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
  }
  return true;
}

/** A tree's copy: the objects on each edited path are copied once; the rest is shared with the document. */
class PathCopies implements DocumentEdits {
  root: unknown;
  readonly #copies = new Set<unknown>();

  constructor(document: unknown) {
    this.root = document;
  }

  writable(tokens: readonly string[]): Container | undefined {
    if (!isContainer(this.root)) return undefined;
    this.root = this.#own(this.root);
    let holder = this.root as Container;
    for (const token of tokens) {
      if (!hasChild(holder, token) || !isContainer(holder[token])) return undefined;
      const child = this.#own(holder[token]);
      // defineProperty, not assignment: a key named "__proto__" stays a key.
      if (child !== holder[token])
        Object.defineProperty(holder, token, { value: child, enumerable: true, writable: true, configurable: true });
      holder = child;
    }
    return holder;
  }

  #own(value: Container): Container {
    if (this.#copies.has(value)) return value;
    // Spread defines each key as its own property, "__proto__" too; slice keeps an array's holes.
    const copy = Array.isArray(value) ? value.slice() : { ...value };
    this.#copies.add(copy);
    return copy;
  }
}

/** A deep copy, every object of it free to change. */
class DeepCopy implements DocumentEdits {
  readonly root: unknown;

  constructor(copy: unknown) {
    this.root = copy;
  }

  writable(tokens: readonly string[]): Container | undefined {
    const lookup = lookupTokens(this.root, tokens);
    return lookup.found && isContainer(lookup.value) ? lookup.value : undefined;
  }
}

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}
