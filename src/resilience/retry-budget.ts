import { type Clock, systemClock } from './clock.js';
import { WindowCounter } from './window-counter.js';

export interface RetryBudgetOptions {
  /** Retries allowed as a share of requests in the window (0.1 = 10 %). Default 0.1. */
  ratio?: number;
  /** Retries always allowed per second, so low traffic can still retry. Default 5. */
  minPerSecond?: number;
  /** Window over which requests and retries are counted, ms. Default 10 000. */
  windowMs?: number;
  clock?: Clock;
}

/**
 * Caps retries at `ratio × requests + minPerSecond × window` over a sliding window (the Finagle /
 * gRPC retry-throttling idea). During an outage every request fails; without this, N retries
 * per request multiply traffic to the sick provider N-fold exactly when it can least take it.
 */
export class RetryBudget {
  private readonly requests: WindowCounter;
  private readonly retries: WindowCounter;
  private readonly ratio: number;
  private readonly reserve: number;

  constructor(options: RetryBudgetOptions = {}) {
    const windowMs = options.windowMs ?? 10_000;
    const clock = options.clock ?? systemClock;
    this.ratio = options.ratio ?? 0.1;
    this.reserve = (options.minPerSecond ?? 5) * (windowMs / 1000);
    this.requests = new WindowCounter(windowMs, 10, clock);
    this.retries = new WindowCounter(windowMs, 10, clock);
  }

  /** Count one original (non-retry) request. */
  recordRequest(): void {
    this.requests.add(1);
  }

  /** Takes one retry from the budget if available (synchronous check-and-take). */
  tryWithdraw(): boolean {
    if (this.available() < 1) return false;
    this.retries.add(1);
    return true;
  }

  /** Retries that may still be spent now. */
  available(): number {
    return Math.floor(this.ratio * this.requests.total() + this.reserve - this.retries.total());
  }
}
