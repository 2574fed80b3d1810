// ajv names every schema and resolves every $ref by URL, each through fast-uri's resolve (a parse,
// a merge and a serialise: 0.1 ms a call, 0.13 s for the entries of Stripe's spec alone). A local
// $ref of a validator document is a JSON pointer fragment on its base URL, and a fragment of
// unreserved characters and "/" comes out of that resolve as it went in; so such a ref is joined to
// the base's resolved prefix as a string, and every other ref still goes through ajv's resolveUrl.
import { resolveUrl } from "ajv/dist/compile/resolve.js";
import type { UriResolver } from "ajv/dist/types/index.js";

/** ajv's resolveUrl(baseId, ref), as a function of one resolver (compile-validators.ts). */
export type UrlResolver = (baseId: string, ref: string) => string;

const PLAIN_FRAGMENT = /^#\/[A-Za-z0-9\-._~/]+$/;
const PROBE = "#/probe";

export function localUrlResolver(uriResolver: UriResolver): UrlResolver {
  const resolve: UrlResolver = (baseId, ref) => resolveUrl(uriResolver, baseId, ref);
  const prefixes = new Map<string, string | undefined>();
  const prefixOf = (baseId: string) => {
    if (!prefixes.has(baseId)) {
      const probed = resolve(baseId, PROBE);
      prefixes.set(baseId, probed.endsWith(PROBE) ? probed.slice(0, -PROBE.length) : undefined);
    }
    return prefixes.get(baseId);
  };
  return (baseId, ref) => {
    const prefix = PLAIN_FRAGMENT.test(ref) ? prefixOf(baseId) : undefined;
    return prefix === undefined ? resolve(baseId, ref) : prefix + ref;
  };
}
