// What in the corpus differs from openapi-typescript, each with its reason (the README's table shows
// the same lists). corpus.test.ts fails on a new entry and on one that has gone, so these lists are
// always the true state.
export interface Disagreement {
  /** CorpusSpec.name */
  readonly spec: string;
  /** The component schema's name in the spec. */
  readonly schema: string;
  readonly reason: string;
}

const REQUIRED_FROM_ONE_OF =
  "`required` beside `allOf` names properties that only `oneOf` branches declare; JSON Schema (and so our validator) requires them in every value, and so does our type; openapi-typescript drops them";
const REQUIRED_UNDECLARED =
  "`required` beside `allOf` names properties that no member declares (a mistake in the spec: with `additionalProperties: false` no value passes the validator); our type requires them, as the validator does; openapi-typescript drops them";

export const DISAGREEMENTS: readonly Disagreement[] = [
  { spec: "shipengine", schema: "calculate_rates_request_body", reason: REQUIRED_FROM_ONE_OF },
  {
    spec: "shipengine",
    schema: "estimate_rates_request_body",
    reason: `${REQUIRED_UNDECLARED} (\`from_state_provinced\`, a misspelling)`,
  },
  {
    spec: "shipengine",
    schema: "get_rate_by_id_response_body",
    reason: `${REQUIRED_UNDECLARED} (\`rates\`, \`invalid_rates\`, …: the fields of another schema)`,
  },
  { spec: "shipengine", schema: "update_shipment_response_body", reason: `${REQUIRED_UNDECLARED} (\`has_errors\`)` },
];

/** Type errors in openapi-typescript's own output (openapi-typescript/<spec>.ts), not in ours. */
export interface PeerError {
  readonly spec: string;
  /** The start of tsc's message. */
  readonly message: string;
  readonly reason: string;
}

export const OPENAPI_TYPESCRIPT_ERRORS: readonly PeerError[] = [
  {
    spec: "readme-circular-paths",
    message: "error TS2339: Property 'content' does not exist on type",
    reason:
      'a `$ref` into `#/paths/…/requestBody/…` becomes `paths[…]["post"]["requestBody"]["content"]`, but the request body is optional there',
  },
];
