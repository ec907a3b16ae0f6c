import { systemClock } from './clock.js';
import { BaseLimiterStore, newTicketId, normaliseRequests } from './limiter-store.js';
/**
 * SQLite store: limits shared by every process on one machine that opens the same file (CLI runs,
 * workers, a restarted gateway) and surviving restarts. Each acquireAll is one BEGIN IMMEDIATE
 * transaction, which takes the write lock up front, so concurrent processes serialize instead of
 * deadlocking on a read→write upgrade. better-sqlite3 is synchronous: each call blocks the event
 * loop for its few microseconds of work, which is why memory stays the default.
 */
export class SqliteLimiterStore extends BaseLimiterStore {
    db;
    clock;
    ownsDb;
    acquireTx;
    stmt;
    constructor(options) {
        super();
        this.db = options.db;
        this.clock = options.clock ?? systemClock;
        this.ownsDb = options.ownsDb ?? false;
        const p = options.tablePrefix ?? 'rl_';
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(p))
            throw new RangeError(`invalid table prefix "${p}"`);
        const w = `${p}window`;
        const s = `${p}slot`;
        this.db.exec(`
      CREATE TABLE IF NOT EXISTS ${w} (key TEXT NOT NULL, ticket TEXT NOT NULL, t INTEGER NOT NULL, cost INTEGER NOT NULL, PRIMARY KEY (key, ticket)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS ${w}_key_t ON ${w} (key, t);
      CREATE TABLE IF NOT EXISTS ${s} (key TEXT NOT NULL, slot TEXT NOT NULL, expires INTEGER NOT NULL, PRIMARY KEY (key, slot)) WITHOUT ROWID;
    `);
        this.stmt = {
            evict: this.db.prepare(`DELETE FROM ${w} WHERE key = ? AND t <= ?`),
            sum: this.db.prepare(`SELECT COALESCE(SUM(cost), 0) AS used FROM ${w} WHERE key = ?`),
            oldest: this.db.prepare(`SELECT t, cost FROM ${w} WHERE key = ? ORDER BY t, ticket`),
            insert: this.db.prepare(`INSERT INTO ${w} (key, ticket, t, cost) VALUES (?, ?, ?, ?)`),
            adjust: this.db.prepare(`UPDATE ${w} SET cost = ? WHERE key = ? AND ticket = ?`),
            slotEvict: this.db.prepare(`DELETE FROM ${s} WHERE key = ? AND expires <= ?`),
            slotCount: this.db.prepare(`SELECT COUNT(*) AS held FROM ${s} WHERE key = ?`),
            slotInsert: this.db.prepare(`INSERT INTO ${s} (key, slot, expires) VALUES (?, ?, ?)`),
            slotDelete: this.db.prepare(`DELETE FROM ${s} WHERE key = ? AND slot = ?`),
        };
        const tx = this.db.transaction((reqs) => this.acquireInTx(reqs));
        this.acquireTx = (reqs) => tx.immediate(reqs);
    }
    /** Opens (or creates) a database file with WAL and a busy timeout; close() closes it. */
    static async open(path, options = {}) {
        const mod = await import('better-sqlite3');
        const db = new mod.default(path);
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('busy_timeout = 5000');
        return new SqliteLimiterStore({ db, ownsDb: true, ...options });
    }
    acquireAll(requests) {
        try {
            return Promise.resolve(this.acquireTx(normaliseRequests(requests)));
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    adjust(key, ticket, cost) {
        try {
            this.stmt.adjust.run(Math.max(0, Math.ceil(cost)), key, ticket);
            return Promise.resolve();
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    releaseSlot(key, slotId) {
        try {
            this.stmt.slotDelete.run(key, slotId);
            return Promise.resolve();
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    close() {
        if (this.ownsDb && this.db.open)
            this.db.close();
        return Promise.resolve();
    }
    acquireInTx(reqs) {
        const now = this.clock.now();
        const remaining = [];
        let deniedIndex = -1;
        let retryAfterMs = 0;
        reqs.forEach((r, i) => {
            if (r.type === 'window') {
                this.stmt.evict.run(r.key, now - r.windowMs);
                const used = Number(this.stmt.sum.get(r.key).used);
                const need = Math.min(r.cost, r.limit);
                if (used + need > r.limit) {
                    if (deniedIndex < 0)
                        deniedIndex = i;
                    let s = used;
                    for (const row of this.stmt.oldest.iterate(r.key)) {
                        s -= row.cost;
                        if (s + need <= r.limit) {
                            retryAfterMs = Math.max(retryAfterMs, row.t + r.windowMs - now);
                            break;
                        }
                    }
                }
                remaining.push(Math.max(0, r.limit - used));
            }
            else {
                this.stmt.slotEvict.run(r.key, now);
                const held = Number(this.stmt.slotCount.get(r.key).held);
                if (held >= r.max && deniedIndex < 0)
                    deniedIndex = i;
                remaining.push(Math.max(0, r.max - held));
            }
        });
        if (deniedIndex >= 0)
            return { allowed: false, deniedIndex, retryAfterMs, remaining, tickets: [] };
        const tickets = reqs.map((r, i) => {
            const id = newTicketId();
            if (r.type === 'window') {
                this.stmt.insert.run(r.key, id, now, r.cost);
                remaining[i] = Math.max(0, remaining[i] - r.cost);
            }
            else {
                this.stmt.slotInsert.run(r.key, id, now + r.ttlMs);
                remaining[i] -= 1;
            }
            return id;
        });
        return { allowed: true, deniedIndex: -1, retryAfterMs: 0, remaining, tickets };
    }
}
//# sourceMappingURL=sqlite-limiter-store.js.map