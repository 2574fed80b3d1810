// Compares the query a case asked for with what the client actually put on the wire.
// qs parses Stripe's bracket notation (types[0]=a, created[gte]=1) back into nested values;
// leaves are compared as strings because the wire carries no types.
import { parse } from "qs";

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return Object.fromEntries(
      entries.sort(([a], [b]) => a.localeCompare(b)).map(([key, item]) => [key, normalise(item)]),
    );
  }
  return String(value);
}

export function decodeQuery(search: string): Record<string, unknown> {
  return parse(search.replace(/^\?/, ""), { depth: 10, arrayLimit: 100 }) as Record<string, unknown>;
}

/** Returns undefined when equal, otherwise both sides rendered for a failure message. */
export function queryDifference(
  expected: Readonly<Record<string, unknown>>,
  search: string,
): { expected: string; actual: string } | undefined {
  const want = JSON.stringify(normalise(expected));
  const got = JSON.stringify(normalise(decodeQuery(search)));
  return want === got ? undefined : { expected: want, actual: got };
}
