// Which formats a spec's schemas use: how many schemas use each and where the first one says so.
// The resolve stage counts them from its last walk of the schema places (resolve-specs.ts), so
// the unknown-format warnings (emit/validators/formats.ts) need no walk of their own.
import { toPointer } from "../../core/json-pointer.ts";
import type { SchemaSlot } from "./schema-slots.ts";

type Path = readonly (string | number)[];

export interface FormatUse {
  readonly count: number;
  /** JSON pointer of the first schema's `format`. */
  readonly first: string;
}

/** format name → its uses, over schemas given with where they are (read for a format's first use only), in walk order. */
export function formatUsesOf(schemas: Iterable<readonly [unknown, { readonly path: Path }]>): Map<string, FormatUse> {
  const uses = new Map<string, FormatUse>();
  for (const [schema, at] of schemas) countFormat(uses, schema, at);
  return uses;
}

/**
 * formatUsesOf over the schemas at the slots: the resolve stage's count, an indexed loop since it
 * runs for every schema place before V8 optimises it (a generator of pairs cost Stripe's spec 9 ms).
 */
export function formatUsesOfSlots(slots: readonly SchemaSlot[]): Map<string, FormatUse> {
  const uses = new Map<string, FormatUse>();
  for (let index = 0; index < slots.length; index++) countFormat(uses, slots[index]!.value, slots[index]!);
  return uses;
}

function countFormat(uses: Map<string, FormatUse>, schema: unknown, at: { readonly path: Path }): void {
  const format = typeof schema === "object" && schema !== null ? (schema as { format?: unknown }).format : undefined;
  if (typeof format !== "string") return;
  const use = uses.get(format);
  uses.set(format, use ? { ...use, count: use.count + 1 } : { count: 1, first: toPointer([...at.path, "format"]) });
}
