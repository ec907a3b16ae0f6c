/**
 * Deterministic clock for tests. `sleep` advances time instead of waiting, so code that waits for
 * a cooldown or for limiter capacity runs instantly and reproducibly.
 */
export class FakeClock {
    t;
    /** Every sleep requested, in order (lets tests assert how long code chose to wait). */
    sleeps = [];
    constructor(start = 1_700_000_000_000) {
        this.t = start;
    }
    now() {
        return this.t;
    }
    advance(ms) {
        this.t += ms;
    }
    set(epochMs) {
        this.t = epochMs;
    }
    /** A `Sleep` bound to this clock: advances time by `ms` and resolves on the next microtask. */
    sleep = async (ms, signal) => {
        if (signal?.aborted)
            throw signal.reason;
        this.sleeps.push(ms);
        this.t += Math.max(0, ms);
        await Promise.resolve();
        if (signal?.aborted)
            throw signal.reason;
    };
}
//# sourceMappingURL=fake-clock.js.map