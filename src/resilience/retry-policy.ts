import type { ErrorKind } from '../spec/error-kind.js';
import { RETRYABLE_KINDS } from '../spec/error-kind.js';
import type { RetryBudget } from './retry-budget.js';

export interface RetryPolicyOptions {
  /** Retries of the same target after the first try. Default 2. */
  maxRetries?: number;
  /** Backoff base, ms: attempt n waits random × min(max, base × 2^n). Default 250. */
  baseDelayMs?: number;
  /** Backoff ceiling, ms. Default 8 000. */
  maxDelayMs?: number;
  /**
   * Longest Retry-After honoured, ms. A provider asking for longer means "go elsewhere":
   * the decision is then not to retry. Default 30 000.
   */
  maxRetryAfterMs?: number;
  retryableKinds?: Iterable<ErrorKind>;
  /** Shared budget; omit to disable budgeting. */
  budget?: RetryBudget;
  /** Injectable for deterministic tests. Default Math.random. */
  random?: () => number;
}

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: 'not_retryable' | 'max_retries' | 'budget_exhausted' | 'retry_after_too_long' };

/**
 * Exponential backoff with full jitter (AWS architecture blog: spreads synchronized clients best),
 * honouring Retry-After up to a cap, only for retryable kinds, and spending a RetryBudget.
 * Stateless per request: pass how many retries were already made.
 */
export class RetryPolicy {
  readonly maxRetries: number;
  private readonly base: number;
  private readonly max: number;
  private readonly maxRetryAfter: number;
  private readonly kinds: ReadonlySet<ErrorKind>;
  private readonly budget: RetryBudget | undefined;
  private readonly random: () => number;

  constructor(options: RetryPolicyOptions = {}) {
    this.maxRetries = options.maxRetries ?? 2;
    this.base = options.baseDelayMs ?? 250;
    this.max = options.maxDelayMs ?? 8_000;
    this.maxRetryAfter = options.maxRetryAfterMs ?? 30_000;
    this.kinds = new Set(options.retryableKinds ?? RETRYABLE_KINDS);
    this.budget = options.budget;
    this.random = options.random ?? Math.random;
  }

  /** Full-jitter delay for retry number `retriesDone` (0 for the first retry). */
  backoff(retriesDone: number): number {
    const ceiling = Math.min(this.max, this.base * 2 ** Math.max(0, retriesDone));
    return Math.floor(this.random() * ceiling);
  }

  /**
   * Whether to retry after `error`, given `retriesDone` retries so far. Takes a token from the
   * budget when it says yes, so call it once per actual retry.
   */
  decide(error: { kind: ErrorKind; retryAfterMs?: number }, retriesDone: number): RetryDecision {
    if (!this.kinds.has(error.kind)) return { retry: false, reason: 'not_retryable' };
    if (retriesDone >= this.maxRetries) return { retry: false, reason: 'max_retries' };
    const ra = error.retryAfterMs;
    if (ra !== undefined && ra > this.maxRetryAfter) return { retry: false, reason: 'retry_after_too_long' };
    if (this.budget !== undefined && !this.budget.tryWithdraw()) return { retry: false, reason: 'budget_exhausted' };
    const jitter = this.backoff(retriesDone);
    return { retry: true, delayMs: ra !== undefined ? Math.max(ra, jitter) : jitter };
  }
}
