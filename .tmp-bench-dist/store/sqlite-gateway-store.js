import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildUsageFilter, clampLimit, USAGE_COLUMNS } from './build-usage-filter.js';
import { definedOnly } from './memory-gateway-store.js';
import { sortSummary, timeBucket } from './summarize-rows.js';
import { prepareNewKey } from './validate-new-key.js';
const SCHEMA = `
CREATE TABLE IF NOT EXISTS usage_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ts INTEGER NOT NULL, request_id TEXT NOT NULL, key_id TEXT, endpoint TEXT NOT NULL, route TEXT,
  backend TEXT, model TEXT, target TEXT, status INTEGER NOT NULL, error_kind TEXT, stream INTEGER NOT NULL,
  prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL, total_tokens INTEGER NOT NULL,
  cost_usd REAL NOT NULL, latency_ms REAL NOT NULL, ttft_ms REAL, attempts INTEGER NOT NULL, attempts_json TEXT
);
CREATE INDEX IF NOT EXISTS usage_log_ts ON usage_log (ts);
CREATE INDEX IF NOT EXISTS usage_log_key_ts ON usage_log (key_id, ts);
CREATE TABLE IF NOT EXISTS gateway_keys (
  id TEXT PRIMARY KEY, name TEXT, key_hash TEXT NOT NULL UNIQUE, key_prefix TEXT NOT NULL, models TEXT,
  rpm INTEGER, tpm INTEGER, budget_usd REAL, expires_at INTEGER, enabled INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS kv (name TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at INTEGER NOT NULL);
`;
/**
 * The embedded default store (better-sqlite3, WAL). Synchronous driver, but only the batched
 * usage flush and admin queries touch it, never the request hot path. Several worker processes
 * may share the file (WAL + busy timeout).
 */
export class SqliteGatewayStore {
    kind = 'sqlite';
    location;
    db;
    insertMany;
    constructor(db, location) {
        this.db = db;
        this.location = location;
        const insert = db.prepare(`INSERT INTO usage_log (${USAGE_COLUMNS.join(', ')}) VALUES (${USAGE_COLUMNS.map(() => '?').join(', ')})`);
        this.insertMany = db.transaction((rows) => {
            for (const r of rows)
                insert.run(...USAGE_COLUMNS.map((c) => (c === 'stream' ? (r.stream ? 1 : 0) : r[c])));
        });
    }
    /** Opens (creating directories and tables as needed). The driver is loaded only here. */
    static async open(path) {
        const mod = (await import('better-sqlite3'));
        if (path !== ':memory:')
            mkdirSync(dirname(path), { recursive: true });
        const db = new mod.default(path);
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('busy_timeout = 5000');
        db.exec(SCHEMA);
        return new SqliteGatewayStore(db, path);
    }
    async insertUsage(rows) {
        if (rows.length)
            this.insertMany(rows);
    }
    async queryUsage(query = {}) {
        const { where, params } = buildUsageFilter(query, () => '?');
        const total = this.db.prepare(`SELECT COUNT(*) AS n FROM usage_log ${where}`).get(...params).n;
        const rows = this.db
            .prepare(`SELECT ${USAGE_COLUMNS.join(', ')} FROM usage_log ${where} ORDER BY ts DESC, id DESC LIMIT ? OFFSET ?`)
            .all(...params, clampLimit(query.limit), Math.max(0, query.offset ?? 0));
        return { rows: rows.map(toUsageRow), total };
    }
    async summarizeUsage(groupBy, query = {}) {
        const { where, params } = buildUsageFilter(query, () => '?');
        const expr = groupExpression(groupBy);
        const rows = this.db
            .prepare(`SELECT ${expr} AS g, COUNT(*) AS requests, SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END) AS errors,
         SUM(prompt_tokens) AS pt, SUM(completion_tokens) AS ct, SUM(cost_usd) AS cost, AVG(latency_ms) AS lat
         FROM usage_log ${where} GROUP BY g`)
            .all(...params);
        return sortSummary(rows.map((r) => ({
            group: groupBy === 'hour' || groupBy === 'day' ? timeBucket(Number(r.g), groupBy) : r.g,
            requests: r.requests,
            errors: r.errors,
            prompt_tokens: r.pt ?? 0,
            completion_tokens: r.ct ?? 0,
            cost_usd: r.cost ?? 0,
            avg_latency_ms: r.lat ?? 0,
        })), groupBy);
    }
    async spendByKey(since) {
        const rows = this.db
            .prepare(`SELECT key_id, SUM(cost_usd) AS cost FROM usage_log WHERE key_id IS NOT NULL ${since === undefined ? '' : 'AND ts >= ?'} GROUP BY key_id`)
            .all(...(since === undefined ? [] : [since]));
        return new Map(rows.map((r) => [r.key_id, r.cost ?? 0]));
    }
    async listKeys() {
        return this.db.prepare('SELECT * FROM gateway_keys ORDER BY created_at, id').all().map(toKey);
    }
    async createKey(input) {
        const { key, record } = prepareNewKey(input);
        try {
            this.db
                .prepare('INSERT INTO gateway_keys (id, name, key_hash, key_prefix, models, rpm, tpm, budget_usd, expires_at, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
                .run(record.id, record.name, record.key_hash, record.key_prefix, record.models ? JSON.stringify(record.models) : null, record.rpm, record.tpm, record.budget_usd, record.expires_at, record.enabled ? 1 : 0, record.created_at);
        }
        catch (err) {
            if (String(err.message).includes('UNIQUE'))
                throw new RangeError(String(err.message).includes('key_hash')
                    ? 'key: this key already exists'
                    : `id: a key with id "${record.id}" already exists`);
            throw err;
        }
        return { key, record };
    }
    async updateKey(id, patch) {
        const fields = definedOnly(patch);
        const names = Object.keys(fields);
        if (names.length > 0) {
            const values = names.map((n) => {
                const v = fields[n];
                if (n === 'models')
                    return v ? JSON.stringify(v) : null;
                if (n === 'enabled')
                    return v ? 1 : 0;
                return v;
            });
            this.db.prepare(`UPDATE gateway_keys SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`).run(...values, id);
        }
        const row = this.db.prepare('SELECT * FROM gateway_keys WHERE id = ?').get(id);
        return row ? toKey(row) : undefined;
    }
    async deleteKey(id) {
        return this.db.prepare('DELETE FROM gateway_keys WHERE id = ?').run(id).changes > 0;
    }
    async getValue(name) {
        return this.db.prepare('SELECT value FROM kv WHERE name = ?').get(name)?.value;
    }
    async setValue(name, value) {
        this.db
            .prepare('INSERT INTO kv (name, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
            .run(name, value, Date.now());
    }
    async close() {
        if (this.db.open)
            this.db.close();
    }
}
function groupExpression(groupBy) {
    switch (groupBy) {
        case 'key':
            return 'key_id';
        case 'hour':
            return '(ts / 3600000) * 3600000';
        case 'day':
            return '(ts / 86400000) * 86400000';
        default:
            return groupBy;
    }
}
export function toUsageRow(r) {
    return {
        ts: Number(r.ts),
        request_id: String(r.request_id),
        key_id: r.key_id ?? null,
        endpoint: String(r.endpoint),
        route: r.route ?? null,
        backend: r.backend ?? null,
        model: r.model ?? null,
        target: r.target ?? null,
        status: Number(r.status),
        error_kind: r.error_kind ?? null,
        stream: r.stream === true || r.stream === 1,
        prompt_tokens: Number(r.prompt_tokens),
        completion_tokens: Number(r.completion_tokens),
        total_tokens: Number(r.total_tokens),
        cost_usd: Number(r.cost_usd),
        latency_ms: Number(r.latency_ms),
        ttft_ms: r.ttft_ms === null || r.ttft_ms === undefined ? null : Number(r.ttft_ms),
        attempts: Number(r.attempts),
        attempts_json: r.attempts_json === null || r.attempts_json === undefined
            ? null
            : typeof r.attempts_json === 'string'
                ? r.attempts_json
                : JSON.stringify(r.attempts_json),
    };
}
export function toKey(r) {
    const models = r.models === null || r.models === undefined
        ? null
        : typeof r.models === 'string'
            ? JSON.parse(r.models)
            : r.models;
    const num = (v) => (v === null || v === undefined ? null : Number(v));
    return {
        id: String(r.id),
        name: r.name ?? null,
        key_hash: String(r.key_hash),
        key_prefix: String(r.key_prefix),
        models,
        rpm: num(r.rpm),
        tpm: num(r.tpm),
        budget_usd: num(r.budget_usd),
        expires_at: num(r.expires_at),
        enabled: r.enabled === true || r.enabled === 1,
        created_at: Number(r.created_at),
    };
}
//# sourceMappingURL=sqlite-gateway-store.js.map