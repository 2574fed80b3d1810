// Auto-pagination as lazy async generators: a page is requested only once the previous one has
// been fully consumed, so at most one page is ever in memory or in flight. Rules follow
// stripe-node's autoPagination.js (V1ListIterator, V2ListIterator).
import type { CallRequest } from "./request-parts.ts";

export interface PaginateRequest extends CallRequest {
  /** Stop after yielding this many items (across pages). */
  readonly maxItems?: number;
}

type FetchPage = (request: CallRequest, nextPageUrl?: string) => Promise<unknown>;

interface ListPage {
  data: unknown[];
  has_more?: unknown;
  next_page_url?: unknown;
}

function asListPage(page: unknown, operationId: string): ListPage {
  const data = (page as { data?: unknown } | null | undefined)?.data;
  if (!Array.isArray(data)) throw new TypeError(`${operationId}: expected a list response with a "data" array`);
  return page as ListPage;
}

function idOf(item: unknown, operationId: string): string {
  const id = (item as { id?: unknown } | null | undefined)?.id;
  if (typeof id !== "string" || id === "")
    throw new TypeError(`${operationId}: list item without an "id" to page from`);
  return id;
}

/**
 * v1 lists: follow `has_more` with `starting_after` = last id. With `ending_before` the walk goes
 * backwards: each page is yielded last-to-first and the next cursor is the page's first id.
 */
export async function* paginateV1(
  fetchPage: FetchPage,
  request: PaginateRequest,
  operationId: string,
): AsyncGenerator<unknown, void, undefined> {
  const limit = request.maxItems ?? Number.POSITIVE_INFINITY;
  const backwards = request.query?.ending_before != null;
  const cursorName = backwards ? "ending_before" : "starting_after";
  let current: CallRequest = request;
  let yielded = 0;
  while (yielded < limit) {
    const page = asListPage(await fetchPage(current), operationId);
    const items = page.data;
    for (let i = 0; i < items.length && yielded < limit; i++, yielded++) {
      yield items[backwards ? items.length - 1 - i : i];
    }
    if (page.has_more !== true || items.length === 0) return;
    const cursor = idOf(items[backwards ? 0 : items.length - 1], operationId);
    current = { ...current, query: { ...current.query, [cursorName]: cursor } };
  }
}

function checkRelativeUrl(url: unknown, operationId: string): string {
  // Only same-origin paths: a next_page_url naming another host would receive the API key.
  if (typeof url !== "string" || !url.startsWith("/") || url.startsWith("//")) {
    throw new TypeError(
      `${operationId}: refusing next_page_url ${JSON.stringify(url)}; expected a path starting with "/"`,
    );
  }
  return url;
}

/** v2 lists: follow `next_page_url` until it is null. */
export async function* paginateV2(
  fetchPage: FetchPage,
  request: PaginateRequest,
  operationId: string,
  origin: string,
): AsyncGenerator<unknown, void, undefined> {
  const limit = request.maxItems ?? Number.POSITIVE_INFINITY;
  let yielded = 0;
  let nextPageUrl: string | undefined;
  while (yielded < limit) {
    const page = asListPage(await fetchPage(request, nextPageUrl), operationId);
    for (let i = 0; i < page.data.length && yielded < limit; i++, yielded++) yield page.data[i];
    if (page.next_page_url == null) return;
    nextPageUrl = origin + checkRelativeUrl(page.next_page_url, operationId);
  }
}
