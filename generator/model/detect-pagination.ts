// Stripe lists are recognised by shape, not by name, so any Stripe-style spec gets paginate():
// v1 lists carry `object: "list"`, `has_more` and `data`; v2 lists carry `data` and `next_page_url`.
import type { HttpMethod } from "../../runtime/operation.ts";
import type { ResponseModel } from "./api-model.ts";
import { derefValue } from "./refs.ts";

export function detectPagination(
  document: unknown,
  method: HttpMethod,
  responses: readonly ResponseModel[],
): "v1-list" | "v2-list" | undefined {
  if (method !== "GET") return undefined;
  const ok = responses.find((response) => response.status === "200");
  const schema = derefValue(document, ok?.schema) as { properties?: Record<string, unknown> } | undefined;
  const properties = schema?.properties;
  if (!properties?.data) return undefined;
  const data = derefValue(document, properties.data) as { type?: unknown } | undefined;
  if (data?.type !== "array") return undefined;
  if (properties.has_more) return "v1-list";
  if (properties.next_page_url) return "v2-list";
  return undefined;
}
