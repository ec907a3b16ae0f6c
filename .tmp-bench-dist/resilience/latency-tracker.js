/**
 * Recent latencies in a fixed-size ring buffer. Recording is O(1) and allocation-free (it runs on
 * every request); percentiles sort a copy lazily and are cached until the next record, because
 * they are read far less often (status pages, hedging thresholds) than latencies are written.
 */
export class LatencyTracker {
    ring;
    next = 0;
    filled = 0;
    sorted;
    /** Samples ever recorded (the ring only keeps the last `capacity`). */
    total = 0;
    constructor(capacity = 256) {
        this.ring = new Float64Array(Math.max(1, Math.floor(capacity)));
    }
    get capacity() {
        return this.ring.length;
    }
    /** Samples currently in the window. */
    get count() {
        return this.filled;
    }
    record(ms) {
        if (!Number.isFinite(ms) || ms < 0)
            return;
        this.ring[this.next] = ms;
        this.next = (this.next + 1) % this.ring.length;
        if (this.filled < this.ring.length)
            this.filled++;
        this.total++;
        this.sorted = undefined;
    }
    /** Nearest-rank percentile (p in 0..100) of the recent window; undefined when empty. */
    percentile(p) {
        if (this.filled === 0)
            return undefined;
        if (this.sorted === undefined)
            this.sorted = this.ring.slice(0, this.filled).sort();
        const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * this.filled);
        return this.sorted[Math.min(this.filled - 1, Math.max(0, rank - 1))];
    }
    get p50() {
        return this.percentile(50);
    }
    get p95() {
        return this.percentile(95);
    }
    mean() {
        if (this.filled === 0)
            return undefined;
        let sum = 0;
        for (let i = 0; i < this.filled; i++)
            sum += this.ring[i];
        return sum / this.filled;
    }
    reset() {
        this.next = 0;
        this.filled = 0;
        this.total = 0;
        this.sorted = undefined;
    }
}
//# sourceMappingURL=latency-tracker.js.map