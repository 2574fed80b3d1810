// What a spec says that the generator does not model, so that the summary line can name it instead
// of dropping it without a word: each section with how many definitions it has. A section leaves
// this list when the generator starts to model it.

import { isPlainObject } from "../../core/plain-object.ts";
import { PATH_ITEM_METHODS, type SpecModel } from "./api-model.ts";
import { derefValue } from "./refs.ts";

export interface Unmodelled {
  /** What is not modelled, e.g. "callbacks". */
  readonly section: string;
  readonly count: number;
}

type Document = Record<string, unknown>;

const SECTIONS: readonly [string, (document: Document) => number][] = [
  ["callbacks", (document) => sum(operations(document), (operation) => size(operation.callbacks))],
  ["links", (document) => sum(responses(document), (response) => size(response.links))],
  ["response headers", (document) => sum(responses(document), (response) => size(response.headers))],
  ["security schemes", (document) => size(object(document.components).securitySchemes)],
  [
    "servers of paths and operations",
    (document) => [...pathItems(document), ...operations(document)].filter((item) => item.servers !== undefined).length,
  ],
];

/** The sections of the specs that nothing generated reflects, with their counts; [] when none. */
export function unmodelledSections(specs: readonly SpecModel[]): Unmodelled[] {
  const documents = specs.filter((spec) => spec.version !== "json-schema").map((spec) => spec.document);
  return SECTIONS.map(([section, count]) => ({ section, count: sum(documents, count) })).filter(
    (entry) => entry.count > 0,
  );
}

/** "callbacks (7), links (2)" */
export function describeUnmodelled(sections: readonly Unmodelled[]): string {
  return sections.map(({ section, count }) => `${section} (${count})`).join(", ");
}

function pathItems(document: Document): Document[] {
  return Object.values(object(document.paths)).map((item) => object(derefValue(document, item)));
}

function operations(document: Document): Document[] {
  return pathItems(document).flatMap((item) =>
    PATH_ITEM_METHODS.filter((method) => item[method] !== undefined).map((method) => object(item[method])),
  );
}

/** Each Response Object once: those defined inline in operations, and the shared components. */
function responses(document: Document): Document[] {
  const inline = operations(document).flatMap((operation) => Object.values(object(operation.responses)));
  const shared = Object.values(object(object(document.components).responses));
  return [...inline, ...shared].filter((response) => object(response).$ref === undefined).map(object);
}

function size(value: unknown): number {
  return Object.keys(object(value)).length;
}

function sum<T>(items: readonly T[], count: (item: T) => number): number {
  return items.reduce((total, item) => total + count(item), 0);
}

function object(value: unknown): Document {
  return isPlainObject(value) ? (value as Document) : {};
}
