import { systemClock } from './clock.js';
/**
 * Sliding-window sum in O(buckets) memory, for budgets where an exact event log would be too
 * large (requests per day) or needlessly precise (breaker failure rate, retry budget).
 *
 * It is conservative: an event stays counted until the end of its bucket plus the window, so the
 * total never under-counts and a budget enforced with it is never exceeded; it may over-count by
 * at most one bucket's worth of events.
 */
export class WindowCounter {
    windowMs;
    bucketMs;
    counts;
    ids;
    clock;
    constructor(windowMs, buckets = 60, clock = systemClock) {
        if (!(windowMs > 0))
            throw new RangeError('windowMs must be > 0');
        this.windowMs = windowMs;
        this.bucketMs = windowMs / Math.max(1, Math.floor(buckets));
        const slots = Math.max(1, Math.floor(buckets)) + 1;
        this.counts = new Float64Array(slots);
        this.ids = new Float64Array(slots).fill(-1);
        this.clock = clock;
    }
    /** Adds `n` at time `at` (default now). Events older than the window are dropped. */
    add(n = 1, at = this.clock.now()) {
        const id = Math.floor(at / this.bucketMs);
        const current = Math.floor(this.clock.now() / this.bucketMs);
        if (id < current - (this.counts.length - 1) || id > current)
            return;
        const slot = id % this.counts.length;
        if (this.ids[slot] !== id) {
            this.ids[slot] = id;
            this.counts[slot] = 0;
        }
        this.counts[slot] += n;
    }
    total(now = this.clock.now()) {
        const current = Math.floor(now / this.bucketMs);
        const oldest = current - (this.counts.length - 1);
        let sum = 0;
        for (let i = 0; i < this.counts.length; i++) {
            const id = this.ids[i];
            if (id >= oldest && id <= current)
                sum += this.counts[i];
        }
        return sum;
    }
    /**
     * Milliseconds until the total drops to at most `target` (0 when already there). Used to give
     * an honest Retry-After for a local budget.
     */
    msUntilTotalAtMost(target, now = this.clock.now()) {
        let total = this.total(now);
        if (total <= target)
            return 0;
        const current = Math.floor(now / this.bucketMs);
        const slots = this.counts.length;
        for (let id = current - (slots - 1); id <= current; id++) {
            const slot = ((id % slots) + slots) % slots;
            if (this.ids[slot] !== id)
                continue;
            total -= this.counts[slot];
            // Bucket `id` stops counting once `id + slots` becomes the oldest bucket.
            if (total <= target)
                return Math.max(0, (id + slots) * this.bucketMs - now);
        }
        return this.windowMs + this.bucketMs;
    }
    reset() {
        this.counts.fill(0);
        this.ids.fill(-1);
    }
}
//# sourceMappingURL=window-counter.js.map