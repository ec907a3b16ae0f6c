/**
 * Preloaded into every server under test (`node --import ./bench/lib/probe.js …`), so all
 * contenders are measured the same way from inside their own process:
 *
 * - event-loop lag: a 10 ms timer chain; each tick records how late it fired (ms). Every
 *   BENCH_PROBE_MS (default 250) one JSON line { t, lagP50, lagP99, lagMax, rss, heap } is
 *   appended to BENCH_PROBE_FILE.
 * - BENCH_FORCE_LOCALHOST=1: a listen() without a host binds 127.0.0.1 instead of every
 *   interface (Portkey's start-server has no host option).
 *
 * The probe costs one timer callback per 10 ms: negligible next to the load.
 */
import { appendFileSync } from 'node:fs';
import net from 'node:net';

if (process.env.BENCH_FORCE_LOCALHOST === '1') {
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function patchedListen(...args) {
    if (typeof args[0] === 'number' || typeof args[0] === 'string') {
      if (typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
    } else if (args[0] && typeof args[0] === 'object' && args[0].host === undefined && args[0].path === undefined) {
      args[0] = { ...args[0], host: '127.0.0.1' };
    }
    return listen.apply(this, args);
  };
}

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  const TICK = 10;
  const every = Number(process.env.BENCH_PROBE_MS ?? 250);
  let lags = [];
  let expected = performance.now() + TICK;
  const tick = () => {
    const now = performance.now();
    lags.push(Math.max(0, now - expected));
    expected = now + TICK;
    setTimeout(tick, TICK).unref();
  };
  setTimeout(tick, TICK).unref();
  const report = () => {
    const s = lags.sort((a, b) => a - b);
    lags = [];
    const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : 0);
    const m = process.memoryUsage();
    try {
      appendFileSync(
        file,
        `${JSON.stringify({ t: Date.now(), n: s.length, lagP50: q(0.5), lagP99: q(0.99), lagMax: s.at(-1) ?? 0, rss: m.rss, heap: m.heapUsed })}\n`,
      );
    } catch {
      // the harness may already have removed its temp dir
    }
  };
  setInterval(report, every).unref();
}
