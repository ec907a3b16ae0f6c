import { clampLimit } from './build-usage-filter.js';
import { summarizeRows } from './summarize-rows.js';
import { prepareNewKey } from './validate-new-key.js';
/**
 * Everything in memory: for tests and for `stores.usage_log: false` setups. Same semantics as
 * the SQL stores (the store tests run one suite against all three).
 */
export class MemoryGatewayStore {
    kind = 'memory';
    location = 'memory';
    rows = [];
    keys = new Map();
    kv = new Map();
    /** Keeps memory bounded: the oldest rows go first. */
    maxRows;
    constructor(options = {}) {
        this.maxRows = options.maxRows ?? 100_000;
    }
    async insertUsage(rows) {
        for (const r of rows)
            this.rows.push({ ...r });
        if (this.rows.length > this.maxRows)
            this.rows.splice(0, this.rows.length - this.maxRows);
    }
    async queryUsage(query = {}) {
        const matched = this.rows.filter((r) => matches(r, query)).sort((a, b) => b.ts - a.ts);
        const offset = Math.max(0, query.offset ?? 0);
        return { rows: matched.slice(offset, offset + clampLimit(query.limit)).map((r) => ({ ...r })), total: matched.length };
    }
    async summarizeUsage(groupBy, query = {}) {
        return summarizeRows(this.rows.filter((r) => matches(r, query)), groupBy);
    }
    async spendByKey(since) {
        const out = new Map();
        for (const r of this.rows) {
            if (r.key_id === null || (since !== undefined && r.ts < since))
                continue;
            out.set(r.key_id, (out.get(r.key_id) ?? 0) + r.cost_usd);
        }
        return out;
    }
    async listKeys() {
        return [...this.keys.values()].map((k) => ({ ...k }));
    }
    async createKey(input) {
        const prepared = prepareNewKey(input);
        if (this.keys.has(prepared.record.id))
            throw new RangeError(`id: a key with id "${prepared.record.id}" already exists`);
        for (const k of this.keys.values())
            if (k.key_hash === prepared.record.key_hash)
                throw new RangeError('key: this key already exists');
        this.keys.set(prepared.record.id, prepared.record);
        return { key: prepared.key, record: { ...prepared.record } };
    }
    async updateKey(id, patch) {
        const k = this.keys.get(id);
        if (!k)
            return undefined;
        const next = { ...k, ...definedOnly(patch) };
        this.keys.set(id, next);
        return { ...next };
    }
    async deleteKey(id) {
        return this.keys.delete(id);
    }
    async getValue(name) {
        return this.kv.get(name);
    }
    async setValue(name, value) {
        this.kv.set(name, value);
    }
    async close() { }
}
function matches(r, q) {
    if (q.since !== undefined && r.ts < q.since)
        return false;
    if (q.until !== undefined && r.ts >= q.until)
        return false;
    if (q.keyId !== undefined && r.key_id !== q.keyId)
        return false;
    if (q.backend !== undefined && r.backend !== q.backend)
        return false;
    if (q.requestId !== undefined && r.request_id !== q.requestId)
        return false;
    if (q.model !== undefined && r.model !== q.model && r.target !== q.model && r.route !== q.model)
        return false;
    if (q.status === 'success' && r.status >= 400)
        return false;
    if (q.status === 'error' && r.status < 400)
        return false;
    if (typeof q.status === 'number' && r.status !== q.status)
        return false;
    return true;
}
export function definedOnly(patch) {
    const out = {};
    for (const [k, v] of Object.entries(patch))
        if (v !== undefined)
            out[k] = v;
    return out;
}
//# sourceMappingURL=memory-gateway-store.js.map