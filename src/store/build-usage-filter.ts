import type { UsageQuery } from './usage-row.js';

/**
 * The WHERE clause for a usage query, shared by SQLite (`?`) and Postgres (`$1`): same filters,
 * same semantics in both stores.
 */
export function buildUsageFilter(query: UsageQuery, placeholder: (index: number) => string): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown): string => {
    params.push(value);
    return placeholder(params.length);
  };
  if (query.since !== undefined) clauses.push(`ts >= ${p(query.since)}`);
  if (query.until !== undefined) clauses.push(`ts < ${p(query.until)}`);
  if (query.keyId !== undefined) clauses.push(`key_id = ${p(query.keyId)}`);
  if (query.backend !== undefined) clauses.push(`backend = ${p(query.backend)}`);
  if (query.requestId !== undefined) clauses.push(`request_id = ${p(query.requestId)}`);
  if (query.model !== undefined) {
    // One placeholder per use: SQLite's `?` are positional.
    clauses.push(`(model = ${p(query.model)} OR target = ${p(query.model)} OR route = ${p(query.model)})`);
  }
  if (query.status === 'success') clauses.push('status < 400');
  else if (query.status === 'error') clauses.push('status >= 400');
  else if (typeof query.status === 'number') clauses.push(`status = ${p(query.status)}`);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return 100;
  return Math.min(1000, Math.max(1, Math.floor(limit)));
}

export const USAGE_COLUMNS = [
  'ts',
  'request_id',
  'key_id',
  'endpoint',
  'route',
  'backend',
  'model',
  'target',
  'status',
  'error_kind',
  'stream',
  'prompt_tokens',
  'completion_tokens',
  'total_tokens',
  'cost_usd',
  'latency_ms',
  'ttft_ms',
  'attempts',
  'attempts_json',
] as const;
