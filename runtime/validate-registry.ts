// The public validate(name, data) over precompiled ajv functions. Kept thin on purpose (it is
// benchmarked against calling ajv directly): one Map lookup, one call, and errors converted to
// plain data only when validation fails.
import { escapePointerToken } from "../core/json-pointer.ts";
import type { ValidationError, ValidationResult } from "./operation.ts";

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvErrorLike[] | null;
}

interface AjvErrorLike {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const VALID: ValidationResult = Object.freeze({ valid: true });

/** validate(name, data) over a registry; `name` is typed as the registry's names, so a typo does not compile. */
export function createValidate<Name extends string>(
  registry: Readonly<Record<Name, CompiledValidator>>,
): (name: Name, data: unknown) => ValidationResult {
  const validators = new Map<string, CompiledValidator>(Object.entries(registry) as [string, CompiledValidator][]);
  return (name, data) => {
    const validator = validators.get(name);
    if (validator === undefined)
      throw new TypeError(
        `Unknown schema name ${JSON.stringify(name)}. Known names: ${[...validators.keys()].join(", ")}`,
      );
    if (validator(data)) return VALID;
    return { valid: false, errors: (validator.errors ?? []).map(toValidationError) };
  };
}

/** For `required` and `additionalProperties` the pointer names the offending property, not its parent. */
function toValidationError(error: AjvErrorLike): ValidationError {
  const property = error.params.missingProperty ?? error.params.additionalProperty;
  const pointer =
    typeof property === "string" ? `${error.instancePath}/${escapePointerToken(property)}` : error.instancePath;
  return {
    pointer,
    schemaPath: error.schemaPath,
    keyword: error.keyword,
    params: error.params,
    message: error.message ?? error.keyword,
  };
}
