// A fetch wrapper that records what the generated client sent and what came back, without
// changing either. Injected through createClient({ fetch }) (openapi-fetch style) so the
// suite sees raw status and body even when the client turns the response into a thrown error.

export interface CapturedExchange {
  readonly request: { method: string; url: URL; headers: Record<string, string>; body: string | undefined };
  readonly response: { status: number; headers: Record<string, string>; text: string } | undefined;
  /** Set when fetch itself failed (connection refused, nock had no match...). */
  readonly transportError?: string;
}

export interface CapturingFetch {
  readonly fetch: typeof fetch;
  readonly exchanges: readonly CapturedExchange[];
}

function headersToRecord(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers.entries()].map(([name, value]) => [name.toLowerCase(), value]));
}

async function requestBody(request: Request): Promise<string | undefined> {
  if (request.body === null) return undefined;
  return request.clone().text();
}

/**
 * `extraHeaders` are added to every request; the live suite uses it to send Prism's
 * `Prefer: code=404` without the client knowing about Prism.
 */
export function createCapturingFetch(
  inner: typeof fetch,
  extraHeaders: Readonly<Record<string, string>> = {},
): CapturingFetch {
  const exchanges: CapturedExchange[] = [];
  const capturing = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    for (const [name, value] of Object.entries(extraHeaders)) request.headers.set(name, value);
    const sent = {
      method: request.method,
      url: new URL(request.url),
      headers: headersToRecord(request.headers),
      body: await requestBody(request),
    };
    let response: Response;
    try {
      response = await inner(request);
    } catch (error) {
      exchanges.push({ request: sent, response: undefined, transportError: String((error as Error).cause ?? error) });
      throw error;
    }
    const text = await response.clone().text();
    exchanges.push({
      request: sent,
      response: { status: response.status, headers: headersToRecord(response.headers), text },
    });
    return response;
  };
  return { fetch: capturing as typeof fetch, exchanges };
}
