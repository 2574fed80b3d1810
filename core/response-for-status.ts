// Which documented response an HTTP status falls under, shared by the runtime (response
// validation) and the contract suite (checks and coverage): the exact code, then its range
// ("4XX"), then "default". The key is chosen first and its schema read after, so a status
// documented without a body is never checked against another key's schema.

/** Documented responses: key ("200", "4XX", "default") → schema name, or null when no JSON body is documented. */
export type DocumentedResponses = Readonly<Record<string, string | null>>;

export interface DocumentedResponse {
  readonly key: string;
  /** The schema the body must match, or null when the key documents no JSON body. */
  readonly schema: string | null;
}

/** The documented response for `status`, or undefined when no key covers it. */
export function responseForStatus(responses: DocumentedResponses, status: number): DocumentedResponse | undefined {
  const exact = String(status);
  const key = [exact, `${exact[0]}XX`, "default"].find((candidate) => Object.hasOwn(responses, candidate));
  return key === undefined ? undefined : { key, schema: responses[key] ?? null };
}
