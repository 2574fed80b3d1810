// What bulk validation is given rather than importing a generated module itself: a validate
// function, its schema names, which schema a record's `object` field picks, and the event map that
// picks a thin notification's schema. cli/validate.ts builds it from the project's generated modules.
import type { ValidateFn } from "../runtime/operation.ts";
import type { EventSchemaNames, EventTypesShape } from "../webhooks/event-types.ts";
import { schemaByObjectField } from "./choose-schema.ts";

export interface BulkValidators {
  readonly validate: ValidateFn;
  readonly schemaNames: readonly string[];
  /** `object` field value → schema name, for records checked without --schema. */
  readonly schemaByObject: ReadonlyMap<string, string>;
  /** The generated event map (webhooks.ts), when the specs describe events: it names each thin notification's schema. */
  readonly eventSchemas?: EventSchemaNames<EventTypesShape>;
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

export function bulkValidatorsFrom(
  module: ValidatorsModule,
  eventSchemas?: EventSchemaNames<EventTypesShape>,
): BulkValidators {
  return {
    validate: module.validate,
    schemaNames: module.schemaNames,
    schemaByObject: schemaByObjectField(module.validate, module.schemaNames),
    ...(eventSchemas === undefined ? {} : { eventSchemas }),
  };
}
