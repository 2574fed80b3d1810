// The ways to create a client: with the one profile its operations use (what generated clients
// call, so a bundle carries only that profile), or with every profile (a client of mixed specs).
import type { ClientOptions, OperationMap, RuntimeClient } from "./client-types.ts";
import { createClientWithProfiles, type RuntimeDependencies } from "./create-runtime-client.ts";
import { prepareOpenApiOperation } from "./openapi-profile.ts";
import type { OperationDescriptor } from "./operation.ts";
import { prepareStripeOperation } from "./stripe-profile.ts";
import type { WireProfiles } from "./wire-profiles.ts";

function factoryFor(profiles: WireProfiles) {
  return <Ops extends OperationMap<Ops>>(
    operations: { readonly [K in keyof Ops]: OperationDescriptor },
    dependencies: RuntimeDependencies = {},
    options: ClientOptions = {},
  ): RuntimeClient<Ops> => createClientWithProfiles(profiles, operations, dependencies, options);
}

// The annotations tell bundlers that creating a factory has no side effect, so an unused one (and
// the profile only it imports) is dropped.

/** A client of Stripe's API: every operation uses the stripe profile. */
export const createStripeClient = /* @__PURE__ */ factoryFor({ stripe: prepareStripeOperation });

/** A client of any other API: every operation uses the openapi profile (the spec's own rules). */
export const createOpenApiClient = /* @__PURE__ */ factoryFor({ openapi: prepareOpenApiOperation });

/** A client whose operations may use either profile. */
export const createRuntimeClient = /* @__PURE__ */ factoryFor({
  stripe: prepareStripeOperation,
  openapi: prepareOpenApiOperation,
});
