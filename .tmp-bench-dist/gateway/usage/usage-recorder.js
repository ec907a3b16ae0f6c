/**
 * Collects usage rows on the hot path (an array push) and writes them in batches from a timer,
 * so no request ever waits for the database. A failing store keeps rows (bounded) and retries on
 * the next tick; `close()` flushes everything that is left.
 */
export class UsageRecorder {
    pending = [];
    store;
    logger;
    batchSize;
    maxPending;
    timer;
    flushing;
    scheduled = false;
    closed = false;
    dropped = 0;
    written = 0;
    /** Called for every row as it is recorded (spend tracking, live admin views). */
    onRecord;
    constructor(options) {
        this.store = options.store;
        this.logger = options.logger;
        this.batchSize = options.batchSize ?? 256;
        this.maxPending = options.maxPending ?? 50_000;
        if (this.store) {
            this.timer = setInterval(() => void this.flush(), options.intervalMs ?? 1000);
            this.timer.unref();
        }
    }
    record(row) {
        this.onRecord?.(row);
        if (!this.store || this.closed)
            return;
        this.pending.push(row);
        if (this.pending.length > this.maxPending) {
            this.dropped += this.pending.length - this.maxPending;
            this.pending.splice(0, this.pending.length - this.maxPending);
        }
        if (this.pending.length >= this.batchSize && !this.scheduled) {
            this.scheduled = true;
            setImmediate(() => {
                this.scheduled = false;
                void this.flush();
            });
        }
    }
    /** Writes everything pending now (one flush at a time). */
    flush() {
        if (this.flushing)
            return this.flushing.then(() => (this.pending.length ? this.flush() : undefined));
        if (!this.store || this.pending.length === 0)
            return Promise.resolve();
        const batch = this.pending;
        this.pending = [];
        const store = this.store;
        this.flushing = store
            .insertUsage(batch)
            .then(() => {
            this.written += batch.length;
        }, (err) => {
            // Put the rows back in front; they are retried on the next tick.
            this.pending = batch.concat(this.pending);
            this.logger.warn({ err: err.message, rows: batch.length }, 'usage log write failed; will retry');
        })
            .finally(() => {
            this.flushing = undefined;
        });
        return this.flushing;
    }
    /** USD per key in rows not yet written (spend refreshes add these to the store's totals). */
    pendingSpend() {
        const out = new Map();
        for (const r of this.pending)
            if (r.key_id && r.cost_usd > 0)
                out.set(r.key_id, (out.get(r.key_id) ?? 0) + r.cost_usd);
        return out;
    }
    stats() {
        return { pending: this.pending.length, written: this.written, dropped: this.dropped };
    }
    /** Stops the timer and flushes what is left (one retry if the first flush failed). */
    async close() {
        if (this.timer)
            clearInterval(this.timer);
        await this.flush();
        if (this.pending.length)
            await this.flush();
        this.closed = true;
        if (this.pending.length)
            this.logger.error({ rows: this.pending.length }, 'usage rows could not be written before shutdown');
    }
}
//# sourceMappingURL=usage-recorder.js.map