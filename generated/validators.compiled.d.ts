// This file is generated. Do not edit it by hand: run `npm run generate` (or `stripe-events-contract generate`).
// Generator: stripe-events-contract 0.1.0
// Sources:
//   specs/stripe-events-api-openapi.yml sha256:88aa9dde5f34dbc27a32b7564b15e7ea51ca0f988daee2c182249fa0416cd207
//   specs/stripe-events-api.overlay.yml sha256:448c52847cb73209c68a3ab95bac8eb827a234375a5a023c7b5f48ddf583c1e2
//   specs/stripe-v2-core-events-openapi.yml sha256:49993c1a8aa186babff68f9024e921f396d46b68012b8d1f646fbafef7053c72
//   specs/stripe-event.json sha256:93c1a80a7ed2556b694d22c143ecac041cf9e6e2c4f205b548af7263aa73381f
import type { CompiledValidator } from "../runtime/index.ts";
export declare const v0: CompiledValidator;
export declare const v1: CompiledValidator;
export declare const v2: CompiledValidator;
export declare const v3: CompiledValidator;
export declare const v4: CompiledValidator;
export declare const v5: CompiledValidator;
export declare const v6: CompiledValidator;
export declare const v7: CompiledValidator;
export declare const v8: CompiledValidator;
export declare const v9: CompiledValidator;
export declare const v10: CompiledValidator;
export declare const v11: CompiledValidator;
export declare const v12: CompiledValidator;
export declare const v13: CompiledValidator;
export declare const v14: CompiledValidator;
