import { systemClock } from './clock.js';
import { BaseLimiterStore, newTicketId, normaliseRequests } from './limiter-store.js';
/**
 * Exact sliding-window log for one key: entries in admission order plus their running sum.
 * A ticket is the entry's sequence number in this log, so `adjust` finds it in O(1) without a
 * per-request Map insert/delete on the hot path.
 */
class WindowLog {
    entries = [];
    head = 0;
    /** Sequence number of entries[0]. */
    firstSeq = 0;
    sum = 0;
    windowMs = 0;
    evict(now) {
        const cutoff = now - this.windowMs;
        while (this.head < this.entries.length && this.entries[this.head].t <= cutoff) {
            this.sum -= this.entries[this.head++].cost;
        }
        // Compact occasionally so the array does not grow without bound.
        if (this.head > 1024 && this.head * 2 > this.entries.length) {
            this.entries = this.entries.slice(this.head);
            this.firstSeq += this.head;
            this.head = 0;
        }
    }
    push(t, cost) {
        this.entries.push({ t, cost });
        this.sum += cost;
        return this.firstSeq + this.entries.length - 1;
    }
    /** The live entry for a ticket, or undefined once it has left the window. */
    find(ticket) {
        const i = Number(ticket) - this.firstSeq;
        return Number.isInteger(i) && i >= this.head && i < this.entries.length ? this.entries[i] : undefined;
    }
    /** Ms until `need` more fits under `limit` (entries expire oldest first). */
    waitFor(need, limit, now) {
        let sum = this.sum;
        for (let i = this.head; i < this.entries.length; i++) {
            sum -= this.entries[i].cost;
            if (sum + need <= limit)
                return Math.max(0, this.entries[i].t + this.windowMs - now);
        }
        return 0;
    }
}
/**
 * In-process store: exact sliding windows and slots. Every operation is synchronous inside, so
 * acquireAll is atomic across all its requests without locks. The default store.
 */
export class MemoryLimiterStore extends BaseLimiterStore {
    windows = new Map();
    slots = new Map();
    clock;
    constructor(options = {}) {
        super();
        this.clock = options.clock ?? systemClock;
    }
    acquireAll(requests) {
        try {
            return Promise.resolve(this.acquireAllSync(requests));
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /** Synchronous variant (callers on a hot path can skip the microtask). */
    acquireAllSync(requests) {
        const reqs = normaliseRequests(requests);
        const now = this.clock.now();
        const remaining = [];
        let deniedIndex = -1;
        let retryAfterMs = 0;
        reqs.forEach((r, i) => {
            if (r.type === 'window') {
                const log = this.window(r.key, r.windowMs);
                log.evict(now);
                const need = Math.min(r.cost, r.limit);
                if (log.sum + need > r.limit) {
                    if (deniedIndex < 0)
                        deniedIndex = i;
                    retryAfterMs = Math.max(retryAfterMs, log.waitFor(need, r.limit, now));
                }
                remaining.push(Math.max(0, r.limit - log.sum));
            }
            else {
                const held = this.slotMap(r.key);
                for (const [id, expires] of held)
                    if (expires <= now)
                        held.delete(id);
                if (held.size >= r.max && deniedIndex < 0)
                    deniedIndex = i;
                remaining.push(Math.max(0, r.max - held.size));
            }
        });
        if (deniedIndex >= 0)
            return { allowed: false, deniedIndex, retryAfterMs, remaining, tickets: [] };
        const tickets = reqs.map((r, i) => {
            if (r.type === 'window') {
                const log = this.window(r.key, r.windowMs);
                const seq = log.push(now, r.cost);
                remaining[i] = Math.max(0, r.limit - log.sum);
                return String(seq);
            }
            const id = newTicketId();
            this.slotMap(r.key).set(id, now + r.ttlMs);
            remaining[i] -= 1;
            return id;
        });
        return { allowed: true, deniedIndex: -1, retryAfterMs: 0, remaining, tickets };
    }
    adjust(key, ticket, cost) {
        const log = this.windows.get(key);
        const entry = log?.find(ticket);
        if (log !== undefined && entry !== undefined) {
            const next = Math.max(0, Math.ceil(cost));
            log.sum += next - entry.cost;
            entry.cost = next;
        }
        return Promise.resolve();
    }
    releaseSlot(key, slotId) {
        this.slots.get(key)?.delete(slotId);
        return Promise.resolve();
    }
    close() {
        this.windows.clear();
        this.slots.clear();
        return Promise.resolve();
    }
    window(key, windowMs) {
        let log = this.windows.get(key);
        if (log === undefined) {
            log = new WindowLog();
            this.windows.set(key, log);
        }
        // The latest configured window wins (settings reload may change it).
        log.windowMs = windowMs;
        return log;
    }
    slotMap(key) {
        let m = this.slots.get(key);
        if (m === undefined) {
            m = new Map();
            this.slots.set(key, m);
        }
        return m;
    }
}
//# sourceMappingURL=memory-limiter-store.js.map