// Negative cases: a valid document is broken one way at a time, and each broken copy must be
// rejected FOR THE EXPECTED REASON (keyword at a JSON pointer). Rejection alone is not enough:
// a validator that rejects everything, or rejects for an unrelated reason, must fail too.

import { pointerTokens } from "../core/json-pointer.ts";
import type { ValidateFn, ValidationError } from "../runtime/operation.ts";

export interface ExpectedRejection {
  /** JSON pointer of the offending value; for `required`, the object missing the property. */
  readonly pointer: string;
  readonly keyword: string;
  /** For `required`: the property that was removed. */
  readonly missingProperty?: string;
}

export interface Mutation {
  readonly name: string;
  readonly apply: (document: unknown) => unknown;
  readonly expect: ExpectedRejection;
}

export interface MutationTable {
  readonly schema: string;
  /** Where the valid base document comes from (cassette file), for messages. */
  readonly baseSource: string;
  readonly base: unknown;
  readonly mutations: readonly Mutation[];
}

export interface MutationOutcome {
  readonly schema: string;
  readonly mutation: string;
  /** Undefined when the mutation was rejected for the expected reason. */
  readonly problem: string | undefined;
}

function container(document: unknown, tokens: readonly string[]): Record<string, unknown> {
  let current = document;
  for (const token of tokens) {
    if (typeof current !== "object" || current === null || !(token in current))
      throw new Error(`Mutation target /${tokens.join("/")} does not exist`);
    current = (current as Record<string, unknown>)[token];
  }
  if (typeof current !== "object" || current === null)
    throw new Error(`Mutation target /${tokens.join("/")} is not an object or array`);
  return current as Record<string, unknown>;
}

/** Mutation: replace the value at `pointer` (must exist). */
export function setAt(name: string, pointer: string, value: unknown, expect: ExpectedRejection): Mutation {
  const tokens = pointerTokens(pointer);
  const key = tokens.at(-1);
  if (key === undefined) throw new Error("setAt needs a non-root pointer");
  return {
    name,
    expect,
    apply: (document) => {
      const copy = structuredClone(document);
      const parent = container(copy, tokens.slice(0, -1));
      if (!(key in parent)) throw new Error(`Mutation target ${pointer} does not exist`);
      parent[key] = value;
      return copy;
    },
  };
}

/** Mutation: delete the property at `pointer`; expects a `required` error on its parent. */
export function removeAt(name: string, pointer: string): Mutation {
  const tokens = pointerTokens(pointer);
  const key = tokens.at(-1);
  if (key === undefined) throw new Error("removeAt needs a non-root pointer");
  const parentPointer = pointer.slice(0, pointer.lastIndexOf("/"));
  return {
    name,
    expect: { pointer: parentPointer, keyword: "required", missingProperty: key },
    apply: (document) => {
      const copy = structuredClone(document);
      const parent = container(copy, tokens.slice(0, -1));
      if (!(key in parent)) throw new Error(`Mutation target ${pointer} does not exist`);
      delete parent[key];
      return copy;
    },
  };
}

/** Accepts both conventions for `required`: pointer at the parent (ajv) or at the missing property. */
function matchesExpectation(error: ValidationError, expect: ExpectedRejection): boolean {
  if (error.keyword !== expect.keyword) return false;
  if (expect.keyword !== "required") return error.pointer === expect.pointer;
  const missing = error.params.missingProperty;
  const atParent = error.pointer === expect.pointer && missing === expect.missingProperty;
  const atProperty = error.pointer === `${expect.pointer}/${expect.missingProperty ?? ""}`;
  return atParent || atProperty;
}

function describeExpectation(expect: ExpectedRejection): string {
  const missing = expect.missingProperty === undefined ? "" : ` (${expect.missingProperty})`;
  return `${expect.keyword}${missing} at ${expect.pointer || "(root)"}`;
}

/** The unmutated base must pass, or every rejection below would prove nothing. */
export function checkBase(table: MutationTable, validate: ValidateFn): MutationOutcome {
  const result = validate(table.schema, table.base);
  const problem = result.valid
    ? undefined
    : `the base document from ${table.baseSource} is rejected, so the mutations prove nothing: ${result.errors.map((e) => `${e.pointer} ${e.message}`).join("; ")}`;
  return { schema: table.schema, mutation: "(unmutated base document is accepted)", problem };
}

export function runMutation(table: MutationTable, mutation: Mutation, validate: ValidateFn): MutationOutcome {
  const result = validate(table.schema, mutation.apply(table.base));
  const expected = describeExpectation(mutation.expect);
  if (result.valid)
    return { schema: table.schema, mutation: mutation.name, problem: `accepted; expected a rejection for ${expected}` };
  if (result.errors.some((error) => matchesExpectation(error, mutation.expect)))
    return { schema: table.schema, mutation: mutation.name, problem: undefined };
  const got = result.errors.map((e) => `${e.keyword} at ${e.pointer || "(root)"}`).join("; ");
  return {
    schema: table.schema,
    mutation: mutation.name,
    problem: `rejected for the wrong reason; expected ${expected}, got ${got}`,
  };
}

export function runMutationTable(table: MutationTable, validate: ValidateFn): MutationOutcome[] {
  return [checkBase(table, validate), ...table.mutations.map((mutation) => runMutation(table, mutation, validate))];
}

/** The failures of a run, one readable line each; empty means the validator passed every case. */
export function harnessFailures(outcomes: readonly MutationOutcome[]): string[] {
  return outcomes.filter((o) => o.problem !== undefined).map((o) => `${o.schema}: ${o.mutation}: ${o.problem}`);
}
