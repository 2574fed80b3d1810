// The wire profiles a client can send with, passed in rather than imported here: a client created
// with only the profile its operations use lets a bundler leave the other out (each profile is
// a large part of the runtime's size). See profile-clients.ts for the three ways to create one.
import type { PreparedOperation } from "./call-operation.ts";
import type { OperationDescriptor, WireProfile } from "./operation.ts";
import type { ClientSettings } from "./request-parts.ts";

/** Turns one operation's plain data into what callOperation sends, by the rules of one profile. */
export type PrepareOperation<P extends WireProfile = WireProfile> = (
  descriptor: Extract<OperationDescriptor, { readonly profile: P }>,
  settings: ClientSettings,
) => PreparedOperation;

export type WireProfiles = { readonly [P in WireProfile]?: PrepareOperation<P> };

export function prepareWith(
  profiles: WireProfiles,
  descriptor: OperationDescriptor,
  settings: ClientSettings,
): PreparedOperation {
  // The key is the descriptor's own profile, so the function takes this descriptor.
  const prepare = profiles[descriptor.profile] as PrepareOperation | undefined;
  if (prepare === undefined)
    throw new TypeError(
      `${descriptor.operationId} uses the ${descriptor.profile} wire profile, which this client was not created with: ` +
        "regenerate the client, or create it with createRuntimeClient (every profile)",
    );
  return prepare(descriptor, settings);
}
