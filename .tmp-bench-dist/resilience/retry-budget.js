import { systemClock } from './clock.js';
import { WindowCounter } from './window-counter.js';
/**
 * Caps retries at `ratio × requests + minPerSecond × window` over a sliding window (the Finagle /
 * gRPC retry-throttling idea). During an outage every request fails; without this, N retries
 * per request multiply traffic to the sick provider N-fold exactly when it can least take it.
 */
export class RetryBudget {
    requests;
    retries;
    ratio;
    reserve;
    constructor(options = {}) {
        const windowMs = options.windowMs ?? 10_000;
        const clock = options.clock ?? systemClock;
        this.ratio = options.ratio ?? 0.1;
        this.reserve = (options.minPerSecond ?? 5) * (windowMs / 1000);
        this.requests = new WindowCounter(windowMs, 10, clock);
        this.retries = new WindowCounter(windowMs, 10, clock);
    }
    /** Count one original (non-retry) request. */
    recordRequest() {
        this.requests.add(1);
    }
    /** Takes one retry from the budget if available (synchronous check-and-take). */
    tryWithdraw() {
        if (this.available() < 1)
            return false;
        this.retries.add(1);
        return true;
    }
    /** Retries that may still be spent now. */
    available() {
        return Math.floor(this.ratio * this.requests.total() + this.reserve - this.retries.total());
    }
}
//# sourceMappingURL=retry-budget.js.map