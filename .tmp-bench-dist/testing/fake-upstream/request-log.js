/**
 * The request log, plus waiters re-checked whenever an entry arrives or finishes. Bounded so a
 * benchmark run cannot grow it without limit; trimming happens in batches to stay O(1) amortised.
 */
export class RequestLog {
    maxEntries;
    entries = [];
    nextId = 1;
    waiters = new Set();
    constructor(maxEntries) {
        this.maxEntries = maxEntries;
    }
    add(fields) {
        const entry = { id: this.nextId++, ...fields, aborted: false, dropped: false };
        this.entries.push(entry);
        if (this.entries.length > this.maxEntries + 1000)
            this.entries.splice(0, this.entries.length - this.maxEntries);
        this.changed();
        return entry;
    }
    /** Empties the log and restarts ids at 1, so a reset test sees the same ids every run. */
    clear() {
        this.entries.length = 0;
        this.nextId = 1;
    }
    /** Call after mutating an entry so waiters see it. */
    changed() {
        if (this.waiters.size === 0)
            return;
        for (const waiter of this.waiters) {
            if (waiter.predicate(this.entries)) {
                this.waiters.delete(waiter);
                waiter.resolve(this.entries.slice());
            }
        }
    }
    waitFor(predicate, timeoutMs, what = 'condition') {
        if (predicate(this.entries))
            return Promise.resolve(this.entries.slice());
        return new Promise((resolve, reject) => {
            const waiter = {
                predicate,
                resolve: (requests) => {
                    clearTimeout(timer);
                    resolve(requests);
                },
            };
            const timer = setTimeout(() => {
                this.waiters.delete(waiter);
                reject(new Error(`fake-upstream: timed out after ${timeoutMs} ms waiting for ${what} (log has ${this.entries.length} requests)`));
            }, timeoutMs);
            this.waiters.add(waiter);
        });
    }
}
//# sourceMappingURL=request-log.js.map