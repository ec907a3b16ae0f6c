import { clampLimit } from './build-usage-filter.js';
import type { GatewayStore } from './gateway-store.js';
import type { GatewayKeyPatch, NewGatewayKey, StoredGatewayKey } from './stored-gateway-key.js';
import { summarizeRows } from './summarize-rows.js';
import type { UsageGroupBy, UsageQuery, UsageQueryResult, UsageRow, UsageSummaryRow } from './usage-row.js';
import { prepareNewKey } from './validate-new-key.js';

/**
 * Everything in memory: for tests and for `stores.usage_log: false` setups. Same semantics as
 * the SQL stores (the store tests run one suite against all three).
 */
export class MemoryGatewayStore implements GatewayStore {
  readonly kind = 'memory' as const;
  readonly location = 'memory';
  private readonly rows: UsageRow[] = [];
  private readonly keys = new Map<string, StoredGatewayKey>();
  private readonly kv = new Map<string, string>();
  /** Keeps memory bounded: the oldest rows go first. */
  private readonly maxRows: number;

  constructor(options: { maxRows?: number } = {}) {
    this.maxRows = options.maxRows ?? 100_000;
  }

  async insertUsage(rows: readonly UsageRow[]): Promise<void> {
    for (const r of rows) this.rows.push({ ...r });
    if (this.rows.length > this.maxRows) this.rows.splice(0, this.rows.length - this.maxRows);
  }

  async queryUsage(query: UsageQuery = {}): Promise<UsageQueryResult> {
    const matched = this.rows.filter((r) => matches(r, query)).sort((a, b) => b.ts - a.ts);
    const offset = Math.max(0, query.offset ?? 0);
    return { rows: matched.slice(offset, offset + clampLimit(query.limit)).map((r) => ({ ...r })), total: matched.length };
  }

  async summarizeUsage(groupBy: UsageGroupBy, query: UsageQuery = {}): Promise<UsageSummaryRow[]> {
    return summarizeRows(
      this.rows.filter((r) => matches(r, query)),
      groupBy,
    );
  }

  async spendByKey(since?: number): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const r of this.rows) {
      if (r.key_id === null || (since !== undefined && r.ts < since)) continue;
      out.set(r.key_id, (out.get(r.key_id) ?? 0) + r.cost_usd);
    }
    return out;
  }

  async listKeys(): Promise<StoredGatewayKey[]> {
    return [...this.keys.values()].map((k) => ({ ...k }));
  }

  async createKey(input: NewGatewayKey): Promise<{ key: string; record: StoredGatewayKey }> {
    const prepared = prepareNewKey(input);
    if (this.keys.has(prepared.record.id)) throw new RangeError(`id: a key with id "${prepared.record.id}" already exists`);
    for (const k of this.keys.values()) if (k.key_hash === prepared.record.key_hash) throw new RangeError('key: this key already exists');
    this.keys.set(prepared.record.id, prepared.record);
    return { key: prepared.key, record: { ...prepared.record } };
  }

  async updateKey(id: string, patch: GatewayKeyPatch): Promise<StoredGatewayKey | undefined> {
    const k = this.keys.get(id);
    if (!k) return undefined;
    const next = { ...k, ...definedOnly(patch) };
    this.keys.set(id, next);
    return { ...next };
  }

  async deleteKey(id: string): Promise<boolean> {
    return this.keys.delete(id);
  }

  async getValue(name: string): Promise<string | undefined> {
    return this.kv.get(name);
  }

  async setValue(name: string, value: string): Promise<void> {
    this.kv.set(name, value);
  }

  async close(): Promise<void> {}
}

function matches(r: UsageRow, q: UsageQuery): boolean {
  if (q.since !== undefined && r.ts < q.since) return false;
  if (q.until !== undefined && r.ts >= q.until) return false;
  if (q.keyId !== undefined && r.key_id !== q.keyId) return false;
  if (q.backend !== undefined && r.backend !== q.backend) return false;
  if (q.requestId !== undefined && r.request_id !== q.requestId) return false;
  if (q.model !== undefined && r.model !== q.model && r.target !== q.model && r.route !== q.model) return false;
  if (q.status === 'success' && r.status >= 400) return false;
  if (q.status === 'error' && r.status < 400) return false;
  if (typeof q.status === 'number' && r.status !== q.status) return false;
  return true;
}

export function definedOnly<T extends object>(patch: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
