import type { RequestContext } from './request-context.js';

/** Writes a complete JSON response. One stringify, one write, explicit Content-Length. */
export function sendJson(ctx: RequestContext, status: number, body: unknown, headers?: Record<string, string>): void {
  const res = ctx.res;
  if (res.headersSent) {
    if (!res.writableEnded) res.end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  // One writeHead with a flat header list: cheaper than a setHeader call per header.
  const raw: string[] = ['content-type', 'application/json; charset=utf-8', 'content-length', String(Buffer.byteLength(text))];
  if (headers) for (const name in headers) raw.push(name, headers[name]);
  res.writeHead(status, raw);
  res.end(ctx.method === 'HEAD' ? undefined : text);
}
