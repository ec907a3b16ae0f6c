import { buildUsageFilter, clampLimit, USAGE_COLUMNS } from './build-usage-filter.js';
import { definedOnly } from './memory-gateway-store.js';
import { toKey, toUsageRow } from './sqlite-gateway-store.js';
import { sortSummary, timeBucket } from './summarize-rows.js';
import { prepareNewKey } from './validate-new-key.js';
const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;
// 19 columns × 500 rows stays well under Postgres' 65 535 bind-parameter limit.
const BATCH = 500;
/** Usage log and gateway keys in Postgres, for several gateway instances sharing one database. */
export class PostgresGatewayStore {
    kind = 'postgres';
    location;
    pool;
    t;
    constructor(pool, schema, location) {
        this.pool = pool;
        this.location = location;
        this.t = { usage: `"${schema}".usage_log`, keys: `"${schema}".gateway_keys`, kv: `"${schema}".kv` };
    }
    /** Connects, creates the schema and tables if needed. The `pg` driver is loaded only here. */
    static async open(options) {
        const schema = options.schema ?? 'public';
        if (!IDENT.test(schema))
            throw new RangeError(`stores: invalid Postgres schema name "${schema}"`);
        const pg = (await import('pg'));
        const pool = new pg.default.Pool({ connectionString: options.url, max: options.max ?? 5, connectionTimeoutMillis: 5000 });
        // An idle client losing its connection must not crash the gateway; the pool reconnects.
        pool.on('error', () => undefined);
        const store = new PostgresGatewayStore(pool, schema, maskUrl(options.url));
        try {
            await store.migrate(schema);
        }
        catch (err) {
            await pool.end().catch(() => undefined);
            throw err;
        }
        return store;
    }
    async migrate(schema) {
        const { usage, keys, kv } = this.t;
        await this.pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await this.pool.query(`
      CREATE TABLE IF NOT EXISTS ${usage} (
        id BIGSERIAL PRIMARY KEY,
        ts BIGINT NOT NULL, request_id TEXT NOT NULL, key_id TEXT, endpoint TEXT NOT NULL, route TEXT,
        backend TEXT, model TEXT, target TEXT, status INTEGER NOT NULL, error_kind TEXT, stream BOOLEAN NOT NULL,
        prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL, total_tokens INTEGER NOT NULL,
        cost_usd DOUBLE PRECISION NOT NULL, latency_ms DOUBLE PRECISION NOT NULL, ttft_ms DOUBLE PRECISION,
        attempts INTEGER NOT NULL, attempts_json JSONB
      );
      CREATE INDEX IF NOT EXISTS usage_log_ts ON ${usage} (ts);
      CREATE INDEX IF NOT EXISTS usage_log_key_ts ON ${usage} (key_id, ts);
      CREATE TABLE IF NOT EXISTS ${keys} (
        id TEXT PRIMARY KEY, name TEXT, key_hash TEXT NOT NULL UNIQUE, key_prefix TEXT NOT NULL, models JSONB,
        rpm INTEGER, tpm INTEGER, budget_usd DOUBLE PRECISION, expires_at BIGINT, enabled BOOLEAN NOT NULL DEFAULT TRUE, created_at BIGINT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS ${kv} (name TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at BIGINT NOT NULL);
    `);
    }
    async insertUsage(rows) {
        for (let i = 0; i < rows.length; i += BATCH) {
            const batch = rows.slice(i, i + BATCH);
            const params = [];
            const tuples = batch.map((r) => {
                const start = params.length;
                for (const c of USAGE_COLUMNS)
                    params.push(r[c]);
                return `(${USAGE_COLUMNS.map((_, j) => `$${start + j + 1}`).join(', ')})`;
            });
            await this.pool.query(`INSERT INTO ${this.t.usage} (${USAGE_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, params);
        }
    }
    async queryUsage(query = {}) {
        const { where, params } = buildUsageFilter(query, (i) => `$${i}`);
        const count = await this.pool.query(`SELECT COUNT(*)::int AS n FROM ${this.t.usage} ${where}`, params);
        const n = params.length;
        const res = await this.pool.query(`SELECT ${USAGE_COLUMNS.join(', ')} FROM ${this.t.usage} ${where} ORDER BY ts DESC, id DESC LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, clampLimit(query.limit), Math.max(0, query.offset ?? 0)]);
        return { rows: res.rows.map((r) => toUsageRow(r)), total: Number(count.rows[0].n) };
    }
    async summarizeUsage(groupBy, query = {}) {
        const { where, params } = buildUsageFilter(query, (i) => `$${i}`);
        const expr = groupBy === 'key'
            ? 'key_id'
            : groupBy === 'hour'
                ? '(ts / 3600000) * 3600000'
                : groupBy === 'day'
                    ? '(ts / 86400000) * 86400000'
                    : groupBy;
        const res = await this.pool.query(`SELECT ${expr} AS g, COUNT(*)::int AS requests, SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END)::int AS errors,
       COALESCE(SUM(prompt_tokens), 0)::bigint AS pt, COALESCE(SUM(completion_tokens), 0)::bigint AS ct,
       COALESCE(SUM(cost_usd), 0) AS cost, COALESCE(AVG(latency_ms), 0) AS lat
       FROM ${this.t.usage} ${where} GROUP BY g`, params);
        return sortSummary(res.rows.map((r) => ({
            group: groupBy === 'hour' || groupBy === 'day' ? timeBucket(Number(r.g), groupBy) : r.g,
            requests: Number(r.requests),
            errors: Number(r.errors),
            prompt_tokens: Number(r.pt),
            completion_tokens: Number(r.ct),
            cost_usd: Number(r.cost),
            avg_latency_ms: Number(r.lat),
        })), groupBy);
    }
    async spendByKey(since) {
        const res = await this.pool.query(`SELECT key_id, SUM(cost_usd) AS cost FROM ${this.t.usage} WHERE key_id IS NOT NULL ${since === undefined ? '' : 'AND ts >= $1'} GROUP BY key_id`, since === undefined ? [] : [since]);
        return new Map(res.rows.map((r) => [r.key_id, Number(r.cost)]));
    }
    async listKeys() {
        const res = await this.pool.query(`SELECT * FROM ${this.t.keys} ORDER BY created_at, id`);
        return res.rows.map((r) => toKey(r));
    }
    async createKey(input) {
        const { key, record } = prepareNewKey(input);
        try {
            await this.pool.query(`INSERT INTO ${this.t.keys} (id, name, key_hash, key_prefix, models, rpm, tpm, budget_usd, expires_at, enabled, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
                record.id,
                record.name,
                record.key_hash,
                record.key_prefix,
                record.models ? JSON.stringify(record.models) : null,
                record.rpm,
                record.tpm,
                record.budget_usd,
                record.expires_at,
                record.enabled,
                record.created_at,
            ]);
        }
        catch (err) {
            if (err.code === '23505') {
                throw new RangeError(String(err.message).includes('key_hash')
                    ? 'key: this key already exists'
                    : `id: a key with id "${record.id}" already exists`);
            }
            throw err;
        }
        return { key, record };
    }
    async updateKey(id, patch) {
        const fields = definedOnly(patch);
        const names = Object.keys(fields);
        if (names.length > 0) {
            const values = names.map((n) => (n === 'models' ? (fields.models ? JSON.stringify(fields.models) : null) : fields[n]));
            await this.pool.query(`UPDATE ${this.t.keys} SET ${names.map((n, i) => `${n} = $${i + 1}`).join(', ')} WHERE id = $${names.length + 1}`, [...values, id]);
        }
        const res = await this.pool.query(`SELECT * FROM ${this.t.keys} WHERE id = $1`, [id]);
        return res.rows[0] ? toKey(res.rows[0]) : undefined;
    }
    async deleteKey(id) {
        const res = await this.pool.query(`DELETE FROM ${this.t.keys} WHERE id = $1`, [id]);
        return (res.rowCount ?? 0) > 0;
    }
    async getValue(name) {
        const res = await this.pool.query(`SELECT value FROM ${this.t.kv} WHERE name = $1`, [name]);
        return res.rows[0]?.value;
    }
    async setValue(name, value) {
        await this.pool.query(`INSERT INTO ${this.t.kv} (name, value, updated_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`, [name, value, Date.now()]);
    }
    async close() {
        await this.pool.end();
    }
}
/** `postgres://user:secret@host/db` → `postgres://user:****@host/db`. */
export function maskUrl(url) {
    try {
        const u = new URL(url);
        if (u.password)
            u.password = '****';
        return u.toString();
    }
    catch {
        return url.replace(/\/\/[^@/]*@/, '//****@');
    }
}
//# sourceMappingURL=postgres-gateway-store.js.map