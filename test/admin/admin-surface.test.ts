import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAdminRoutes } from '../../src/gateway/admin/register-admin-routes.js';
import { buildGatewayConfig } from '../../src/gateway/config/build-gateway-config.js';
import { createGateway, type Gateway } from '../../src/gateway/create-gateway.js';
import { createLogger } from '../../src/gateway/logging/create-logger.js';
import { MemoryGatewayStore } from '../../src/store/memory-gateway-store.js';
import { ADMIN_KEY, baseConfig } from './support/admin-fixture.js';

describe('admin console surface: static UI under /admin and the OpenAPI document', () => {
  let dist: string;
  let gw: Gateway;
  let url: string;
  const js = `console.log(${JSON.stringify('x'.repeat(4000))});`;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'stable-llm-admin-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>console</title><script type="module" src="/admin/assets/app-abc123.js"></script>',
    );
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), js);
    writeFileSync(join(dist, 'assets', 'app-abc123.css'), 'body{color:red}');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(tmpdir(), 'stable-llm-outside.txt'), 'secret outside dist');
    gw = await createGateway({
      config: buildGatewayConfig(baseConfig('http://127.0.0.1:9'), { source: 'object', env: {} }),
      store: new MemoryGatewayStore(),
      logger: createLogger({ level: 'silent' }),
      registerRoutes: async (router, runtime) => {
        await registerAdminRoutes(router, runtime, { distDir: dist });
      },
    });
    url = (await gw.listen(0, '127.0.0.1')).url;
  });
  afterAll(async () => {
    await gw.close(500);
    rmSync(dist, { recursive: true, force: true });
    rmSync(join(tmpdir(), 'stable-llm-outside.txt'), { force: true });
  });

  it('serves index.html for /admin, /admin/ and client-side routes, with a strict CSP and no caching', async () => {
    for (const path of ['/admin', '/admin/', '/admin/providers', '/admin/logs/deep/link']) {
      const res = await fetch(url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(await res.text()).toContain('<title>console</title>');
    }
  });

  it('serves hashed assets with the right type, a year-long immutable cache, gzip and ETags', async () => {
    const res = await fetch(`${url}/admin/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(js); // fetch decodes gzip transparently
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve) => {
      import('node:http').then(({ get }) =>
        get(`${url}/admin/assets/app-abc123.js`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (d: Buffer) => chunks.push(d));
          r.on('end', () => resolve({ encoding: r.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }),
      );
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toBe(js);
    const etag = res.headers.get('etag') ?? '';
    expect((await fetch(`${url}/admin/assets/app-abc123.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const css = await fetch(`${url}/admin/assets/app-abc123.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(`${url}/admin/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('404s missing files and never leaves the dist directory', async () => {
    expect((await fetch(`${url}/admin/assets/missing-123.js`)).status).toBe(404);
    expect((await fetch(`${url}/admin/..%2f..%2fstable-llm-outside.txt`)).status).toBe(404);
    expect((await fetch(`${url}/admin/%2e%2e/%2e%2e/stable-llm-outside.txt`)).status).toBe(404);
    const api = await fetch(`${url}/admin/api/nothing-here`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
    const wrongMethod = await fetch(`${url}/admin/api/endpoints/x/keys/y`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
    });
    expect(wrongMethod.status).toBe(405);
  });

  it('documents every admin API route in /openapi.json next to the gateway’s own', async () => {
    const doc = (await (await fetch(`${url}/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<string, { tags: string[]; security: unknown[]; requestBody?: unknown; parameters?: { name: string }[] }>
      >;
      tags: { name: string }[];
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.paths['/v1/chat/completions']).toBeDefined();
    expect(doc.tags.map((t) => t.name)).toContain('Admin');
    expect(Object.keys(doc.components.securitySchemes)).toEqual(expect.arrayContaining(['adminSession', 'csrfToken', 'adminKey']));
    const admin = Object.entries(doc.paths).filter(([p]) => p.startsWith('/admin/api/'));
    expect(admin.length).toBeGreaterThanOrEqual(25);
    expect(doc.paths['/admin/api/endpoints/{id}/keys/{keyId}'].patch.parameters?.map((p) => p.name)).toEqual(['id', 'keyId']);
    expect(doc.paths['/admin/api/models/{backend}/{name}'].put.requestBody).toBeDefined();
    expect(doc.paths['/admin/api/login'].post.security).toEqual([]);
    expect(doc.paths['/admin/api/usage'].get.parameters?.map((p) => p.name)).toContain('status');
  });
});
