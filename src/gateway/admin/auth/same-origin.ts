import type { IncomingMessage } from 'node:http';

/**
 * Rejects cross-site browser requests to the admin API, whatever the gateway's CORS setting:
 * an `Origin` must name this host, and `Sec-Fetch-Site: cross-site` is refused outright.
 * Non-browser clients (curl, SDKs) send neither header and pass.
 */
export function isCrossSite(req: IncomingMessage): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  const candidates = [req.headers.host, req.headers['x-forwarded-host']]
    .flatMap((h) => (Array.isArray(h) ? h : h ? h.split(',') : []))
    .map((h) => h.trim().toLowerCase());
  return !candidates.includes(host);
}
