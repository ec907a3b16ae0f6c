/**
 * Storage behind RateLimiter. Three implementations share these semantics exactly:
 * MemoryLimiterStore (one process), RedisLimiterStore (many gateway instances; atomic Lua,
 * Redis server time), SqliteLimiterStore (processes on one machine; IMMEDIATE transactions).
 *
 * Windows are sliding logs: an admitted cost counts while `now < admittedAt + windowMs`. Each
 * admission gets a ticket so TPM can later be corrected to real usage (`adjust`) without
 * shifting when that cost expires. Concurrency slots are leases with a TTL, so a crashed
 * instance cannot hold a slot forever.
 */
/** Default slot lease: longer than any sane LLM request, short enough to heal after a crash. */
export const DEFAULT_SLOT_TTL_MS = 10 * 60_000;
/** Shared convenience methods so each store only implements the primitives. */
export class BaseLimiterStore {
    async acquire(key, options) {
        const r = await this.acquireAll([{ type: 'window', key, limit: options.limit, windowMs: options.windowMs, cost: options.cost ?? 1 }]);
        return r.allowed
            ? { allowed: true, retryAfterMs: 0, remaining: r.remaining[0], ticket: r.tickets[0] }
            : { allowed: false, retryAfterMs: r.retryAfterMs, remaining: r.remaining[0] };
    }
    refund(key, ticket) {
        return this.adjust(key, ticket, 0);
    }
    async acquireSlot(key, max, ttlMs = DEFAULT_SLOT_TTL_MS) {
        const r = await this.acquireAll([{ type: 'slot', key, max, ttlMs }]);
        return r.allowed ? { allowed: true, slotId: r.tickets[0], remaining: r.remaining[0] } : { allowed: false, remaining: r.remaining[0] };
    }
}
/** Validates and normalises requests the same way for every store. */
export function normaliseRequests(requests) {
    // The same key twice in one call would be checked twice against the same state and could
    // over-admit; scope names must be unique.
    const seen = new Set();
    for (const r of requests) {
        const id = `${r.type}\u0000${r.key}`;
        if (seen.has(id))
            throw new RangeError(`limit "${r.key}" appears twice in one acquire`);
        seen.add(id);
    }
    return requests.map((r) => {
        if (r.type === 'window') {
            if (!(r.limit > 0) || !(r.windowMs > 0))
                throw new RangeError(`limit "${r.key}": limit and windowMs must be > 0`);
            return { ...r, limit: Math.floor(r.limit), windowMs: Math.ceil(r.windowMs), cost: Math.max(0, Math.ceil(r.cost)) };
        }
        if (!(r.max > 0))
            throw new RangeError(`slot "${r.key}": max must be > 0`);
        return { ...r, max: Math.floor(r.max), ttlMs: Math.max(1, Math.ceil(r.ttlMs)) };
    });
}
let ticketSeq = 0;
const ticketPrefix = Math.random().toString(36).slice(2, 10);
/** Unique ticket / slot ids (process-unique prefix + counter): no collisions across instances. */
export function newTicketId() {
    ticketSeq = (ticketSeq + 1) % Number.MAX_SAFE_INTEGER;
    return `${ticketPrefix}${ticketSeq.toString(36)}`;
}
//# sourceMappingURL=limiter-store.js.map