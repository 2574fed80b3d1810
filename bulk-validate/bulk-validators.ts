// What bulk validation is given rather than importing a generated module itself: a validate
// function, its schema names, and which schema a record's `object` field picks. cli/validate.ts
// builds it from the project's generated validators module.
import type { ValidateFn } from "../runtime/operation.ts";
import { schemaByObjectField } from "./choose-schema.ts";

export interface BulkValidators {
  readonly validate: ValidateFn;
  readonly schemaNames: readonly string[];
  /** `object` field value → schema name, for records checked without --schema. */
  readonly schemaByObject: ReadonlyMap<string, string>;
}

/** The exports of a generated validators module (validators.ts / validators.js) that bulk validation uses. */
export interface ValidatorsModule {
  readonly validate: ValidateFn;
  readonly schemaNames: readonly string[];
}

export function isValidatorsModule(module: unknown): module is ValidatorsModule {
  const candidate = module as Partial<ValidatorsModule> | null;
  return (
    typeof candidate?.validate === "function" &&
    Array.isArray(candidate.schemaNames) &&
    candidate.schemaNames.every((name) => typeof name === "string")
  );
}

export function bulkValidatorsFrom(module: ValidatorsModule): BulkValidators {
  return {
    validate: module.validate,
    schemaNames: module.schemaNames,
    schemaByObject: schemaByObjectField(module.validate, module.schemaNames),
  };
}
