// Which wire profile a spec gets when its config names none: Stripe's own API is recognised by its
// server, every other API is spoken to by the spec's own rules.
import type { WireProfile } from "../../runtime/operation.ts";

export function profileForServer(serverUrl: string): WireProfile {
  let host: string;
  try {
    host = new URL(serverUrl).hostname;
  } catch {
    return "openapi";
  }
  return host === "stripe.com" || host.endsWith(".stripe.com") ? "stripe" : "openapi";
}
