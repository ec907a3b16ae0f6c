import { sendJson } from '../../http/send-json.js';
import { SseWriter } from '../../http/sse-writer.js';
import type { AdminConsole } from '../admin-console.js';
import type { AdminApiRouter } from '../http/admin-api-router.js';
import { adminError } from '../http/admin-error.js';
import { readAdminBody } from '../http/read-admin-body.js';
import { breakerResetBody } from '../schemas/admin-schemas.js';
import { BUCKET_MS } from '../stats/live-stats.js';

const WINDOWS = new Set([5, 15, 30, 60]);

/** Dashboard data: overview (series + health), live event stream, 24 h history, breaker reset. */
export function registerDashboardRoutes(api: AdminApiRouter<AdminConsole>): void {
  api.add(
    'GET',
    '/overview',
    (ctx, _p, admin) => {
      const minutes = Number(ctx.queryParam('minutes') ?? 15);
      const window = WINDOWS.has(minutes) ? minutes : 15;
      const now = Date.now();
      // An explicit request always gets the current health board (the 2 s SSE ticks share one).
      admin.refreshBoard();
      sendJson(ctx, 200, {
        ...snapshot(admin, now, true),
        minutes: window,
        bucket_ms: BUCKET_MS,
        series: admin.stats.series(now - window * 60_000),
        events: admin.watcher.events().slice(-50).reverse(),
      });
    },
    { summary: 'Dashboard: live series (this instance), totals, health board, recent breaker / key events' },
  );

  api.add(
    'GET',
    '/events',
    (ctx, _p, admin) => {
      const writer = new SseWriter(ctx);
      writer.start({});
      writer.flush();
      admin.streams++;
      let lastEvent = Date.now();
      let stopped = false;
      const send = (): void => {
        if (stopped) return;
        const now = Date.now();
        const events = admin.watcher.events(lastEvent);
        if (events.length) lastEvent = events[events.length - 1].ts;
        const payload = { ...snapshot(admin, now, false), points: admin.stats.series(now - 2 * BUCKET_MS), events };
        writer.write(`event: tick\ndata: ${JSON.stringify(payload)}\n\n`);
      };
      const stop = (): void => {
        if (stopped) return;
        stopped = true;
        admin.streams--;
        clearInterval(timer);
        offClose();
        writer.end();
      };
      writer.write(`retry: 3000\nevent: hello\ndata: ${JSON.stringify({ instance: admin.instanceId })}\n\n`);
      send();
      const timer = setInterval(() => {
        if (ctx.clientGone || admin.runtime.draining) stop();
        else send();
      }, 2000);
      timer.unref();
      const offClose = admin.onClose(stop);
      ctx.res.once('close', stop);
    },
    { summary: 'Server-Sent Events: a `tick` every 2 s with the health board, the newest series points and new events' },
  );

  api.add(
    'GET',
    '/history',
    async (ctx, _p, admin) => {
      const hours = Math.min(168, Math.max(1, Number(ctx.queryParam('hours') ?? 24) || 24));
      const since = Date.now() - hours * 3_600_000;
      const store = admin.runtime.store;
      if (!store) {
        sendJson(ctx, 200, { source: 'none', hours, rows: [] });
        return;
      }
      await admin.runtime.usage.flush();
      sendJson(ctx, 200, { source: store.kind, hours, rows: await store.summarizeUsage('hour', { since }) });
    },
    { summary: 'Requests, errors, tokens and cost per hour from the usage log (every instance sharing the store)' },
  );

  api.add(
    'POST',
    '/breakers/reset',
    async (ctx, _p, admin) => {
      const { deployment } = await readAdminBody(ctx, breakerResetBody);
      const engine = admin.stableEngine();
      if (!engine) throw adminError(409, 'not_supported', 'this engine has no circuit breakers to reset');
      if (!engine.breakerRegistry().has(deployment)) throw adminError(404, 'not_found', `no breaker for deployment "${deployment}"`);
      engine.breakerRegistry().get(deployment).reset();
      admin.bus.publish({ kind: 'breaker', deployment });
      admin.refreshBoard();
      sendJson(ctx, 200, { ok: true, deployment });
    },
    { summary: 'Close a circuit breaker by hand (on every instance when Redis is configured)' },
  );
}

/** What the dashboard shows every tick. In-flight excludes the console's own event streams (and this request). */
function snapshot(admin: AdminConsole, now: number, isRequest: boolean): Record<string, unknown> {
  const rt = admin.runtime;
  const state = rt.state();
  return {
    now,
    instance: admin.instanceId,
    version: rt.version,
    uptime_s: Math.round((now - rt.startedAt) / 1000),
    inflight: Math.max(0, rt.inflight() - admin.streams - (isRequest ? 1 : 0)),
    generation: state.generation,
    revision: admin.config.revision,
    active: state.active,
    totals: { last_1m: admin.stats.totals(60_000), last_15m: admin.stats.totals(15 * 60_000) },
    health: admin.board,
    overlay_error: admin.config.overlayError ?? null,
  };
}
