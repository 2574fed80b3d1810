// Response text that may not be JSON (HTML error pages, empty bodies): callers only want the
// value when there is one, and report non-JSON bodies elsewhere (check-response.ts).
export function parseJsonOrUndefined(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
