// Identifier rules for everything we name in generated code. Spec names are arbitrary strings
// (`foo-bar`, `1x`, `v2.core.event`, unicode), so each becomes a safe identifier and a NameRegistry
// makes collisions after sanitising deterministic instead of silently merging two types.

const WORD_SPLIT = /[^\p{ID_Continue}]+|_+/u;

function words(raw: string): string[] {
  return raw
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, "$1 $2")
    .split(WORD_SPLIT)
    .filter((word) => word.length > 0);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Global names of TypeScript's standard library (lib.es2023 and its utility types) that no generated
 * type may take: an import of a type named `Error` would hide the global Error in the importing
 * module, and types.ts itself refers to `Record`. Platform globals (DOM, Node: Event, Response, File,
 * Node) are not listed: they depend on the environment, and API specs name their own types so.
 */
const GLOBAL_TYPE_NAMES: ReadonlySet<string> = new Set(
  [
    "Object Function Boolean Symbol Number BigInt String RegExp Date Math JSON Intl Reflect Proxy Atomics",
    "Infinity NaN Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError URIError",
    "Array ReadonlyArray ArrayLike TemplateStringsArray Map ReadonlyMap Set ReadonlySet WeakMap WeakSet",
    "WeakRef FinalizationRegistry Iterable Iterator IterableIterator Generator AsyncIterable AsyncIterator",
    "AsyncIterableIterator AsyncGenerator Promise PromiseLike Awaited ArrayBuffer SharedArrayBuffer DataView",
    "Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float32Array",
    "Float64Array BigInt64Array BigUint64Array PropertyKey PropertyDescriptor PropertyDescriptorMap",
    "Partial Required Readonly Pick Record Exclude Extract Omit NonNullable Parameters ConstructorParameters",
    "ReturnType InstanceType ThisParameterType OmitThisParameter ThisType NoInfer",
    "Uppercase Lowercase Capitalize Uncapitalize",
  ].flatMap((line) => line.split(" ")),
);

/**
 * `notification_event_data` → `NotificationEventData`, `v2.core.event` → `V2CoreEvent`. A name that
 * is a global type of TypeScript's standard library gets the suffix `Object` (`error` → `ErrorObject`),
 * so a module that imports it by name keeps the global `Error`.
 */
export function toTypeName(raw: string): string {
  const joined = words(raw).map(capitalise).join("");
  const name = joined === "" ? "Schema" : /^\p{ID_Start}/u.test(joined) ? joined : `Schema${joined}`;
  return GLOBAL_TYPE_NAMES.has(name) ? `${name}Object` : name;
}

/**
 * The export of a validator in validators.compiled.js: `v2.core.event` → `validateV2CoreEvent`. ASCII
 * only, since ajv's standalone code accepts no other export names: accents are dropped (`é` → `e`),
 * other letters too. Never `validate` + digits, the names ajv gives its own functions.
 */
export function validatorExportName(raw: string): string {
  const ascii = words(raw)
    .map(capitalise)
    .join("")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "");
  return /^[A-Za-z]/.test(ascii) ? `validate${ascii}` : `validateSchema${ascii}`;
}

/** `get /v1/events/{id}` → `getV1EventsId`; keeps an existing camelCase operationId as it is. */
export function toMemberName(raw: string): string {
  const parts = words(raw);
  const joined = parts
    .map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : capitalise(word)))
    .join("");
  if (joined === "") return "operation";
  return /^[\p{ID_Start}$]/u.test(joined) ? joined : `op${capitalise(joined)}`;
}

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** A property key as TypeScript source: bare when it is an identifier, a JSON string literal otherwise. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/** Reserved in every NameRegistry of type names (toTypeName already steers clear of them). */
export const TYPES_FILE_GLOBALS: readonly string[] = [...GLOBAL_TYPE_NAMES];

/**
 * Hands out unique names. The first claimant of a name keeps it; later ones get a numeric suffix.
 * Claim in a sorted order so two runs on the same spec name things the same way.
 */
export class NameRegistry {
  readonly #taken = new Set<string>();
  /**
   * wanted → the suffix to try next: names are never given back, so every lower suffix is taken.
   * Without it, the n-th claim of one name tried n names (Stripe's operations: thousands of tries).
   */
  readonly #nextSuffix = new Map<string, number>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.#taken.add(name);
  }

  claim(wanted: string): string {
    let suffix = this.#nextSuffix.get(wanted) ?? 2;
    let name = this.#taken.has(wanted) ? `${wanted}${suffix}` : wanted;
    while (this.#taken.has(name)) name = `${wanted}${++suffix}`;
    if (name !== wanted) this.#nextSuffix.set(wanted, suffix + 1);
    this.#taken.add(name);
    return name;
  }
}
