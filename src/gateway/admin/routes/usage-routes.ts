import type { UsageGroupBy, UsageQuery, UsageRow } from '../../../store/usage-row.js';
import type { RequestContext } from '../../http/request-context.js';
import { sendJson } from '../../http/send-json.js';
import type { AdminConsole } from '../admin-console.js';
import type { AdminApiRouter } from '../http/admin-api-router.js';
import { adminError } from '../http/admin-error.js';

const GROUPS = new Set<UsageGroupBy>(['key', 'model', 'backend', 'target', 'hour', 'day']);

/** The usage log: filtered list, one request in detail, grouped totals. */
export function registerUsageRoutes(api: AdminApiRouter<AdminConsole>): void {
  api.add(
    'GET',
    '/usage',
    async (ctx, _p, admin) => {
      const query = usageQuery(ctx);
      const store = admin.runtime.store;
      if (store) {
        await admin.runtime.usage.flush();
        const { rows, total } = await store.queryUsage(query);
        sendJson(ctx, 200, { source: store.kind, total, rows: rows.map(listRow) });
      } else {
        const { rows, total } = admin.stats.recent(query);
        sendJson(ctx, 200, { source: 'memory', total, rows: rows.map(listRow) });
      }
    },
    {
      summary:
        'Usage log, newest first. Filters: since, until (epoch ms or ISO), key, model, status (success | error | code), limit, offset',
    },
  );

  api.add(
    'GET',
    '/usage/:requestId',
    async (ctx, p, admin) => {
      const store = admin.runtime.store;
      let row: UsageRow | undefined;
      if (store) {
        await admin.runtime.usage.flush();
        row = (await store.queryUsage({ requestId: p.requestId, limit: 1 })).rows[0];
      }
      row ??= admin.stats.recent({ requestId: p.requestId, limit: 1 }).rows[0];
      if (!row) throw adminError(404, 'not_found', `no usage row for request "${p.requestId}"`);
      let attempts: unknown[] = [];
      try {
        attempts = row.attempts_json ? (JSON.parse(row.attempts_json) as unknown[]) : [];
      } catch {
        attempts = [];
      }
      const { attempts_json: _json, ...rest } = row;
      sendJson(ctx, 200, { ...rest, attempt_list: attempts });
    },
    { summary: 'One request: status, tokens, cost, latency, TTFT and every upstream attempt' },
  );

  api.add(
    'GET',
    '/usage-summary',
    async (ctx, _p, admin) => {
      const group = (ctx.queryParam('group_by') ?? 'model') as UsageGroupBy;
      if (!GROUPS.has(group)) throw adminError(400, 'group_by', `group_by must be one of ${[...GROUPS].join(', ')}`);
      const store = admin.runtime.store;
      if (!store) {
        sendJson(ctx, 200, { source: 'none', group_by: group, rows: [] });
        return;
      }
      await admin.runtime.usage.flush();
      const q = usageQuery(ctx);
      sendJson(ctx, 200, {
        source: store.kind,
        group_by: group,
        rows: await store.summarizeUsage(group, { since: q.since, until: q.until, keyId: q.keyId, model: q.model }),
      });
    },
    { summary: 'Totals grouped by key, model, backend, target, hour or day' },
  );
}

function usageQuery(ctx: RequestContext): UsageQuery {
  const q: UsageQuery = {};
  const time = (name: string): number | undefined => {
    const v = ctx.queryParam(name);
    if (!v) return undefined;
    const n = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
    if (!Number.isFinite(n)) throw adminError(400, name, `${name}: not a time (epoch ms or ISO date): "${v}"`);
    return n;
  };
  q.since = time('since');
  q.until = time('until');
  const key = ctx.queryParam('key');
  if (key) q.keyId = key;
  const model = ctx.queryParam('model');
  if (model) q.model = model;
  const status = ctx.queryParam('status');
  if (status === 'success' || status === 'error') q.status = status;
  else if (status && /^\d{3}$/.test(status)) q.status = Number(status);
  else if (status) throw adminError(400, 'status', 'status must be success, error or an HTTP status code');
  const limit = Number(ctx.queryParam('limit') ?? 50);
  q.limit = Number.isFinite(limit) ? Math.min(500, Math.max(1, limit)) : 50;
  const offset = Number(ctx.queryParam('offset') ?? 0);
  q.offset = Number.isFinite(offset) && offset > 0 ? Math.floor(offset) : 0;
  return q;
}

function listRow(r: UsageRow): Omit<UsageRow, 'attempts_json'> {
  const { attempts_json: _json, ...rest } = r;
  return rest;
}
