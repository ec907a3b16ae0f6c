import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../../../runtime/package-root.js';
import type { RequestContext } from '../../http/request-context.js';
import { COMPRESSIBLE, CONTENT_TYPES } from './content-types.js';

interface Asset {
  body: Buffer;
  gzip: Buffer | undefined;
  type: string;
  etag: string;
  immutable: boolean;
}

/** Where `npm run build` puts the console: `<package root>/admin/dist`. */
export function defaultAdminDist(): string {
  return join(packageRoot(), 'admin', 'dist') + sep;
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
};

/**
 * Serves the built console under /admin: correct content types, gzip when the client takes it,
 * ETags, a year-long immutable cache for Vite's hashed `assets/`, no-cache for index.html, and
 * the SPA fallback (any non-file path under /admin/ gets index.html, so deep links work).
 * Files are read once and kept in memory (the whole console is a few hundred kB).
 */
export class AdminStatic {
  private readonly root: string;
  private readonly cache = new Map<string, Asset | null>();

  constructor(distDir: string = defaultAdminDist()) {
    this.root = resolve(distDir);
  }

  get built(): boolean {
    return existsSync(join(this.root, 'index.html'));
  }

  serve(ctx: RequestContext): void {
    let rel: string;
    try {
      rel = ctx.path === '/admin' ? '' : decodeURIComponent(ctx.path.slice('/admin/'.length));
    } catch {
      this.notFound(ctx);
      return;
    }
    if (rel.includes('\0') || rel.split('/').includes('..')) {
      this.notFound(ctx);
      return;
    }
    if (!this.built) {
      this.notBuilt(ctx);
      return;
    }
    let asset = rel === '' ? this.load('index.html') : this.load(rel);
    if (!asset) {
      // Paths that look like files 404; everything else is a client-side route.
      if (/\.[A-Za-z0-9]{1,8}$/.test(rel)) {
        this.notFound(ctx);
        return;
      }
      asset = this.load('index.html');
      if (!asset) {
        this.notBuilt(ctx);
        return;
      }
    }
    this.send(ctx, asset);
  }

  private load(rel: string): Asset | undefined {
    const cached = this.cache.get(rel);
    if (cached !== undefined) return cached ?? undefined;
    const file = resolve(this.root, rel);
    if (file !== this.root && !file.startsWith(this.root + sep)) return undefined;
    let body: Buffer;
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      body = readFileSync(file);
    } catch {
      // Only remember misses for hashed assets; index.html may appear after a rebuild.
      if (rel.startsWith('assets/')) this.cache.set(rel, null);
      return undefined;
    }
    const ext = extname(file).toLowerCase();
    const asset: Asset = {
      body,
      gzip: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body, { level: 9 }) : undefined,
      type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
      immutable: rel.startsWith('assets/'),
    };
    this.cache.set(rel, asset);
    return asset;
  }

  private send(ctx: RequestContext, asset: Asset): void {
    const res = ctx.res;
    res.setHeader('content-type', asset.type);
    res.setHeader('cache-control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('etag', asset.etag);
    res.setHeader('vary', 'accept-encoding');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (ctx.header('if-none-match') === asset.etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const gzip = asset.gzip && /\bgzip\b/.test(ctx.header('accept-encoding') ?? '');
    const body = gzip ? asset.gzip! : asset.body;
    if (gzip) res.setHeader('content-encoding', 'gzip');
    res.statusCode = 200;
    res.setHeader('content-length', body.length);
    res.end(ctx.method === 'HEAD' ? undefined : body);
  }

  private notFound(ctx: RequestContext): void {
    const body = 'not found';
    ctx.res.statusCode = 404;
    ctx.res.setHeader('content-type', 'text/plain; charset=utf-8');
    ctx.res.setHeader('content-length', body.length);
    ctx.res.end(ctx.method === 'HEAD' ? undefined : body);
  }

  private notBuilt(ctx: RequestContext): void {
    const body =
      '<!doctype html><meta charset="utf-8"><title>stable-llm admin</title><body style="font:15px system-ui;margin:40px;max-width:640px">' +
      '<h1>Admin console not built</h1><p>The admin API is running at <code>/admin/api</code>, but the web UI has not been built. ' +
      'Run <code>npm run build</code> in the stable-llm directory (it builds <code>admin/dist</code>), then reload.</p>' +
      '<p>Meanwhile: <a href="/status">/status</a>, <a href="/metrics">/metrics</a>, <a href="/docs">/docs</a>.</p>';
    ctx.res.statusCode = 503;
    ctx.res.setHeader('content-type', 'text/html; charset=utf-8');
    ctx.res.setHeader('cache-control', 'no-store');
    ctx.res.end(ctx.method === 'HEAD' ? undefined : body);
  }
}
