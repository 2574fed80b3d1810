// This file is generated. Do not edit it by hand: run `npm run generate:checks`
// (scripts/compile-checks.ts), which compiles generator/emit/validators/meta-schema-compile.ts's check.
// The JSON Schema 2020-12 meta-schema of ajv 8.20.0, compiled to standalone code by the
// validators' own ajv (generator/emit/validators/validator-ajv.ts).
import type { ErrorObject } from "ajv";
export declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
