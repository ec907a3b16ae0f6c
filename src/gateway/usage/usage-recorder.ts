import type { UsageStore } from '../../store/gateway-store.js';
import type { UsageRow } from '../../store/usage-row.js';
import type { GatewayLogger } from '../logging/create-logger.js';

export interface UsageRecorderOptions {
  store: UsageStore | undefined;
  logger: GatewayLogger;
  /** Flush at least this often, ms. Default 1000. */
  intervalMs?: number;
  /** Flush early once this many rows are waiting. Default 256. */
  batchSize?: number;
  /** Rows kept while the store is failing, before the oldest are dropped. Default 50 000. */
  maxPending?: number;
}

/**
 * Collects usage rows on the hot path (an array push) and writes them in batches from a timer,
 * so no request ever waits for the database. A failing store keeps rows (bounded) and retries on
 * the next tick; `close()` flushes everything that is left.
 */
export class UsageRecorder {
  private pending: UsageRow[] = [];
  private readonly store: UsageStore | undefined;
  private readonly logger: GatewayLogger;
  private readonly batchSize: number;
  private readonly maxPending: number;
  private readonly timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private scheduled = false;
  private closed = false;
  private dropped = 0;
  private written = 0;
  /** Called for every row as it is recorded (spend tracking, live admin views). */
  onRecord: ((row: UsageRow) => void) | undefined;

  constructor(options: UsageRecorderOptions) {
    this.store = options.store;
    this.logger = options.logger;
    this.batchSize = options.batchSize ?? 256;
    this.maxPending = options.maxPending ?? 50_000;
    if (this.store) {
      this.timer = setInterval(() => void this.flush(), options.intervalMs ?? 1000);
      this.timer.unref();
    }
  }

  record(row: UsageRow): void {
    this.onRecord?.(row);
    if (!this.store || this.closed) return;
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
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.pending.length ? this.flush() : undefined));
    if (!this.store || this.pending.length === 0) return Promise.resolve();
    const batch = this.pending;
    this.pending = [];
    const store = this.store;
    this.flushing = store
      .insertUsage(batch)
      .then(
        () => {
          this.written += batch.length;
        },
        (err: unknown) => {
          // Put the rows back in front; they are retried on the next tick.
          this.pending = batch.concat(this.pending);
          this.logger.warn({ err: (err as Error).message, rows: batch.length }, 'usage log write failed; will retry');
        },
      )
      .finally(() => {
        this.flushing = undefined;
      });
    return this.flushing;
  }

  /** USD per key in rows not yet written (spend refreshes add these to the store's totals). */
  pendingSpend(): Map<string, number> {
    const out = new Map<string, number>();
    for (const r of this.pending) if (r.key_id && r.cost_usd > 0) out.set(r.key_id, (out.get(r.key_id) ?? 0) + r.cost_usd);
    return out;
  }

  stats(): { pending: number; written: number; dropped: number } {
    return { pending: this.pending.length, written: this.written, dropped: this.dropped };
  }

  /** Stops the timer and flushes what is left (one retry if the first flush failed). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
    if (this.pending.length) await this.flush();
    this.closed = true;
    if (this.pending.length) this.logger.error({ rows: this.pending.length }, 'usage rows could not be written before shutdown');
  }
}
