/** An error answer from the admin API, with the server's message (which names the bad field). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

type Listener = () => void;

/**
 * The only way the console talks to the gateway: same-origin fetches to /admin/api with the
 * session cookie and, on changes, the CSRF token the session handed out.
 */
class AdminApi {
  csrf: string | null = null;
  private readonly unauthorized = new Set<Listener>();

  onUnauthorized(l: Listener): () => void {
    this.unauthorized.add(l);
    return () => this.unauthorized.delete(l);
  }

  async request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const res = await this.raw(method, path, body, signal);
    const text = await res.text();
    const data: unknown = text ? safeJson(text) : null;
    if (!res.ok) throw toError(res.status, data, text);
    return data as T;
  }

  /** The response itself (streams); check `ok` and use `responseError` for failures. */
  async raw(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    let res: Response;
    try {
      res = await fetch(`/admin/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin', signal });
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      throw new ApiError(0, 'cannot reach the gateway (network error)', 'network');
    }
    if (res.status === 401 && path !== '/login') for (const l of this.unauthorized) l();
    return res;
  }

  get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.request<T>('GET', path, undefined, signal);
  }
  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }
  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }
  del<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function toError(status: number, data: unknown, text: string): ApiError {
  const e = (data as { error?: { message?: string; code?: string; issues?: { path: string; message: string }[] } } | null)?.error;
  return new ApiError(status, e?.message ?? (text.slice(0, 200) || `HTTP ${status}`), e?.code ?? null, e?.issues ?? []);
}

export const api = new AdminApi();

/** Path segment encoding (model names may contain `/`). */
export function seg(s: string): string {
  return encodeURIComponent(s);
}

/** The ApiError for a failed raw response. */
export async function responseError(res: Response): Promise<ApiError> {
  const text = await res.text();
  return toError(res.status, safeJson(text), text);
}
