// Negative cases: a valid document is broken one way at a time, and each broken copy must be
// rejected FOR THE EXPECTED REASON (keyword at a JSON pointer). Rejection alone is not enough:
// a validator that rejects everything, or rejects for an unrelated reason, must fail too.

import type { ValidateFn, ValidationError } from "../runtime/operation.ts";
import { applyMutation, type PayloadMutation, removeAt, setAt } from "./payload-mutation.ts";

export interface ExpectedRejection {
  /**
   * JSON pointer the error must name: the offending value, and for `required` the missing property
   * itself (the runtime's convention, README "validate(name, data)"), never its parent.
   */
  readonly pointer: string;
  readonly keyword: string;
}

export interface Mutation {
  readonly name: string;
  readonly change: PayloadMutation;
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

/** Replace the value at `pointer` (it must exist); expect `keyword` reported at that pointer. */
export function wrongValue(name: string, pointer: string, value: unknown, keyword: string): Mutation {
  return { name, change: setAt(pointer, value), expect: { pointer, keyword } };
}

/** Remove the property at `pointer`; expect `required` reported at that pointer. */
export function missing(name: string, pointer: string): Mutation {
  return { name, change: removeAt(pointer), expect: { pointer, keyword: "required" } };
}

function matchesExpectation(error: ValidationError, expect: ExpectedRejection): boolean {
  return error.keyword === expect.keyword && error.pointer === expect.pointer;
}

function describeExpectation(expect: ExpectedRejection): string {
  return `${expect.keyword} at ${expect.pointer || "(root)"}`;
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
  const result = validate(table.schema, applyMutation(table.base, mutation.change));
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
