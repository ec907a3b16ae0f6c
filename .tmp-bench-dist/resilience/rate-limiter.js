import { RateLimitError } from '../errors/llm-error.js';
import { realSleep, systemClock } from './clock.js';
import { abortedError } from './deadline.js';
import { DEFAULT_SLOT_TTL_MS } from './limiter-store.js';
import { MemoryLimiterStore } from './memory-limiter-store.js';
const MINUTE = 60_000;
const DAY = 86_400_000;
/**
 * RPM, TPM, RPD and concurrency limits for any set of scopes, admitted all-or-nothing in one
 * store call (one Redis round trip). When limited, the caller chooses the policy: route to
 * another candidate at once (`tryAcquire`), or wait up to a deadline (`waitForCapacity`).
 *
 * Per request: `tryAcquire` → call upstream → `settle(lease, usage.total_tokens)` → `release`.
 * `cancel` instead when the request was never sent.
 */
export class RateLimiter {
    store;
    slotTtlMs;
    clock;
    sleep;
    constructor(options = {}) {
        this.clock = options.clock ?? systemClock;
        this.store = options.store ?? new MemoryLimiterStore({ clock: this.clock });
        this.slotTtlMs = options.slotTtlMs ?? DEFAULT_SLOT_TTL_MS;
        this.sleep = options.sleep ?? realSleep;
    }
    async tryAcquire(request) {
        const est = Math.max(0, Math.ceil(request.estimatedTokens ?? 0));
        const reqs = [];
        const meta = [];
        for (const scope of request.scopes) {
            const add = (kind, r) => {
                reqs.push(r);
                meta.push({ scope: scope.name, kind, key: r.key });
            };
            if (isLimit(scope.rpm))
                add('rpm', { type: 'window', key: `${scope.name}|rpm`, limit: scope.rpm, windowMs: MINUTE, cost: 1 });
            if (isLimit(scope.tpm))
                add('tpm', { type: 'window', key: `${scope.name}|tpm`, limit: scope.tpm, windowMs: MINUTE, cost: est });
            if (isLimit(scope.rpd))
                add('rpd', { type: 'window', key: `${scope.name}|rpd`, limit: scope.rpd, windowMs: DAY, cost: 1 });
            if (isLimit(scope.concurrent))
                add('concurrent', { type: 'slot', key: `${scope.name}|conc`, max: scope.concurrent, ttlMs: this.slotTtlMs });
        }
        const empty = { estimatedTokens: est, windows: [], slots: [], settled: false, released: false };
        if (reqs.length === 0)
            return { allowed: true, lease: empty };
        const r = await this.store.acquireAll(reqs);
        if (!r.allowed) {
            const denied = meta[r.deniedIndex] ?? meta[0];
            return { allowed: false, retryAfterMs: r.retryAfterMs, scope: denied.scope, limit: denied.kind };
        }
        const windows = [];
        const slots = [];
        meta.forEach((m, i) => {
            if (m.kind === 'concurrent')
                slots.push({ key: m.key, slotId: r.tickets[i] });
            else
                windows.push({ key: m.key, ticket: r.tickets[i], kind: m.kind });
        });
        return { allowed: true, lease: { estimatedTokens: est, windows, slots, settled: false, released: false } };
    }
    /**
     * Waits until every scope has room, or the deadline / signal ends the wait. Sleeps exactly as
     * long as the store says a window needs (polling only for busy concurrency slots), and fails
     * fast — without sleeping — when the window cannot open before the deadline.
     * Throws RateLimitError (code `local_rate_limit`) or the signal's AbortedError.
     */
    async waitForCapacity(request, options) {
        const pollMs = options.pollMs ?? 25;
        for (;;) {
            if (options.signal?.aborted)
                throw abortedError(options.signal.reason);
            const d = await this.tryAcquire(request);
            if (d.allowed)
                return d.lease;
            const left = options.deadline - this.clock.now();
            const wait = d.retryAfterMs > 0 ? d.retryAfterMs : pollMs;
            if (left <= 0 || (d.retryAfterMs > 0 && d.retryAfterMs > left)) {
                throw new RateLimitError({
                    message: `local ${d.limit} limit of ${d.scope} reached; no capacity before the deadline`,
                    code: 'local_rate_limit',
                    status: 429,
                    retryAfterMs: d.retryAfterMs > 0 ? d.retryAfterMs : undefined,
                });
            }
            try {
                await this.sleep(Math.min(wait, left), options.signal);
            }
            catch (err) {
                throw options.signal?.aborted ? abortedError(options.signal.reason) : err;
            }
        }
    }
    /** Corrects every TPM scope from the estimate to the real token count (once). */
    async settle(lease, actualTokens) {
        if (lease.settled)
            return;
        lease.settled = true;
        const cost = Math.max(0, Math.ceil(actualTokens));
        if (cost === lease.estimatedTokens)
            return;
        await Promise.all(lease.windows.filter((w) => w.kind === 'tpm').map((w) => this.store.adjust(w.key, w.ticket, cost)));
    }
    /** Frees the lease's concurrency slots (once). Call in `finally`. */
    async release(lease) {
        if (lease.released)
            return;
        lease.released = true;
        await Promise.all(lease.slots.map((s) => this.store.releaseSlot(s.key, s.slotId)));
    }
    /** The request was never sent: give back every window charge and slot. */
    async cancel(lease) {
        const settled = lease.settled;
        lease.settled = true;
        await Promise.all([...(settled ? [] : lease.windows.map((w) => this.store.refund(w.key, w.ticket))), this.release(lease)]);
    }
    close() {
        return this.store.close();
    }
}
function isLimit(n) {
    return n !== undefined && Number.isFinite(n) && n > 0;
}
//# sourceMappingURL=rate-limiter.js.map