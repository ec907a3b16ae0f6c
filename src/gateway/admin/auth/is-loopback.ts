import type { IncomingMessage } from 'node:http';

const LOOPBACK_ADDR = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const LOOPBACK_HOST = /^(localhost|[a-z0-9-]+\.localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/**
 * True only for a browser on this machine talking to us directly: loopback socket, a loopback
 * Host header (defeats DNS rebinding) and no proxy forwarding someone else's request.
 */
export function isLoopbackRequest(req: IncomingMessage): boolean {
  if (!LOOPBACK_ADDR.test(req.socket.remoteAddress ?? '')) return false;
  const host = req.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) return false;
  const fwd = req.headers['x-forwarded-for'];
  if (fwd) {
    const list = (Array.isArray(fwd) ? fwd.join(',') : fwd).split(',').map((s) => s.trim());
    if (!list.every((a) => LOOPBACK_ADDR.test(a))) return false;
  }
  return true;
}
