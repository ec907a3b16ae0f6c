import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient } from './support/admin-client.js';
import { ADMIN_KEY, type AdminFixture, baseConfig, MASTER_KEY, startAdminFixture } from './support/admin-fixture.js';

/** A raw request with full control over Host / Origin (fetch forbids setting Host). */
function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('admin API authentication', () => {
  let f: AdminFixture;
  beforeAll(async () => {
    f = await startAdminFixture();
  });
  afterAll(() => f.close());

  it('refuses protected routes without a session and says why', async () => {
    const res = await fetch(`${f.url}/admin/api/providers`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('admin_login_required');
    const session = (await (await fetch(`${f.url}/admin/api/session`)).json()) as Record<string, unknown>;
    expect(session).toMatchObject({ authenticated: false, auth_required: true, open_localhost: false, csrf_token: null });
  });

  it('logs in with the admin key into an HttpOnly, SameSite=Strict session; the master key is not the admin key', async () => {
    const wrong = await fetch(`${f.url}/admin/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: MASTER_KEY }),
    });
    expect(wrong.status).toBe(401);
    const res = await fetch(`${f.url}/admin/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: ADMIN_KEY }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('stable_llm_admin='));
    expect(cookie).toMatch(/; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+/);
    const body = (await res.json()) as { csrf_token: string; mode: string };
    expect(body.mode).toBe('session');
    expect(body.csrf_token).toMatch(/^[\w-]{40,}$/);
    expect(JSON.stringify(body)).not.toContain(ADMIN_KEY);
  });

  it('requires the CSRF token on changes made with the session cookie', async () => {
    const c = await AdminClient.login(f.url, ADMIN_KEY);
    const csrf = c.csrf;
    c.csrf = '';
    const refused = await c.raw('PUT', '/admin/api/active', { chat: 'openai/gpt-4o' });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('csrf_token_invalid');
    c.csrf = 'x'.repeat(csrf.length);
    expect((await c.raw('PUT', '/admin/api/active', { chat: 'openai/gpt-4o' })).status).toBe(403);
    c.csrf = csrf;
    expect((await c.raw('PUT', '/admin/api/active', { chat: 'openai/gpt-4o' })).status).toBe(200);
    // Reads need no token.
    c.csrf = '';
    expect((await c.raw('GET', '/admin/api/models')).status).toBe(200);
  });

  it('refuses cross-site browser requests whatever the cookie and token', async () => {
    const c = await AdminClient.login(f.url, ADMIN_KEY);
    const cross = await c.raw('PUT', '/admin/api/active', { chat: 'openai/gpt-4o' }, { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    expect(((await cross.json()) as { error: { code: string } }).error.code).toBe('cross_site_request');
    expect((await c.raw('GET', '/admin/api/config', undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const login = await fetch(`${f.url}/admin/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ key: ADMIN_KEY }),
    });
    expect(login.status).toBe(403);
    // Same origin is fine.
    expect((await c.raw('PUT', '/admin/api/active', { chat: null }, { origin: f.url })).status).toBe(200);
  });

  it('accepts the admin key as a bearer token for scripts (no CSRF token needed)', async () => {
    const res = await fetch(`${f.url}/admin/api/active`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ vision: 'openai/gpt-4o' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { active: { vision: string } }).active.vision).toBe('openai/gpt-4o');
    const master = await fetch(`${f.url}/admin/api/models`, { headers: { authorization: `Bearer ${MASTER_KEY}` } });
    expect(master.status).toBe(401);
  });

  it('logs out by clearing the cookie', async () => {
    const c = await AdminClient.login(f.url, ADMIN_KEY);
    expect((await c.raw('GET', '/admin/api/models')).status).toBe(200);
    await c.raw('POST', '/admin/api/logout', {});
    expect(c.cookie).toBe('');
    expect((await c.raw('GET', '/admin/api/models')).status).toBe(401);
  });

  it('throttles admin-key guessing', async () => {
    for (let i = 0; i < 10; i++) {
      const r = await fetch(`${f.url}/admin/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: `guess-${i}` }),
      });
      expect(r.status).toBe(401);
    }
    const blocked = await fetch(`${f.url}/admin/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: ADMIN_KEY }),
    });
    expect(blocked.status).toBe(429);
    expect(((await blocked.json()) as { error: { message: string } }).error.message).toMatch(/too many failed logins/);
  });
});

describe('admin console without any admin or master key', () => {
  let f: AdminFixture;
  beforeAll(async () => {
    f = await startAdminFixture({ config: (url) => baseConfig(url, { server: { log_level: 'silent' } }) });
  });
  afterAll(() => f.close());

  it('is open on localhost only, says so, and still wants the CSRF token for changes', async () => {
    const session = (await (await fetch(`${f.url}/admin/api/session`)).json()) as {
      authenticated: boolean;
      open_localhost: boolean;
      mode: string;
      csrf_token: string;
    };
    expect(session).toMatchObject({ authenticated: true, open_localhost: true, mode: 'open' });
    expect((await fetch(`${f.url}/admin/api/models`)).status).toBe(200);
    const put = (headers: Record<string, string>) =>
      fetch(`${f.url}/admin/api/active`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ chat: 'openai/gpt-4o' }),
      });
    expect((await put({})).status).toBe(403);
    expect((await put({ 'x-csrf-token': session.csrf_token })).status).toBe(200);
  });

  it('refuses a non-loopback Host (DNS rebinding) and forwarded requests from elsewhere', async () => {
    const port = new URL(f.url).port;
    const rebinding = await rawRequest(`${f.url}/admin/api/models`, { headers: { host: `evil.example:${port}` } });
    expect(rebinding.status).toBe(403);
    expect(rebinding.body).toContain('open only on localhost');
    const forwarded = await rawRequest(`${f.url}/admin/api/models`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(forwarded.status).toBe(403);
    const local = await rawRequest(`${f.url}/admin/api/models`, { headers: { host: `localhost:${port}` } });
    expect(local.status).toBe(200);
  });
});
