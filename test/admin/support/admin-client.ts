/** A cookie-session client for the admin API, as the console's browser code uses it. */
export class AdminClient {
  cookie = '';
  csrf = '';

  constructor(readonly base: string) {}

  static async login(base: string, key: string): Promise<AdminClient> {
    const c = new AdminClient(base);
    const res = await c.raw('POST', '/admin/api/login', { key });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { csrf_token: string };
    c.csrf = body.csrf_token;
    return c;
  }

  async raw(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(this.base + path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const set = res.headers.getSetCookie();
    for (const line of set) {
      const m = /^stable_llm_admin=([^;]*)/.exec(line);
      if (m) this.cookie = m[1] ? `stable_llm_admin=${m[1]}` : '';
    }
    return res;
  }

  async json<T = Record<string, unknown>>(method: string, path: string, body?: unknown, expectStatus = [200, 201]): Promise<T> {
    const res = await this.raw(method, path, body);
    const text = await res.text();
    if (!expectStatus.includes(res.status)) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return JSON.parse(text) as T;
  }

  get<T = Record<string, unknown>>(path: string): Promise<T> {
    return this.json<T>('GET', path);
  }
}

/** Parses an SSE body into events. */
export function parseSse(text: string): { event: string; data: unknown }[] {
  return text
    .split('\n\n')
    .filter((b) => b.trim())
    .map((block) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      const raw = data.join('\n');
      let parsed: unknown = raw;
      try {
        parsed = JSON.parse(raw);
      } catch {
        // keep text
      }
      return { event, data: parsed };
    });
}
