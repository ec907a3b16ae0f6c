/**
 * Storage behind RateLimiter. Three implementations share these semantics exactly:
 * MemoryLimiterStore (one process), RedisLimiterStore (many gateway instances; atomic Lua,
 * Redis server time), SqliteLimiterStore (processes on one machine; IMMEDIATE transactions).
 *
 * Windows are sliding logs: an admitted cost counts while `now < admittedAt + windowMs`. Each
 * admission gets a ticket so TPM can later be corrected to real usage (`adjust`) without
 * shifting when that cost expires. Concurrency slots are leases with a TTL, so a crashed
 * instance cannot hold a slot forever.
 */

/** Sliding-window budget: RPM (cost 1), TPM (cost = tokens), RPD. */
export interface WindowLimit {
  type: 'window';
  key: string;
  limit: number;
  windowMs: number;
  /** Integer cost (rounded up). A cost above `limit` is admitted only into an empty window. */
  cost: number;
}

/** Concurrent-request semaphore. */
export interface SlotLimit {
  type: 'slot';
  key: string;
  max: number;
  /** Lease time after which an unreleased slot is reclaimed, ms. */
  ttlMs: number;
}

export type LimitRequest = WindowLimit | SlotLimit;

export interface AcquireAllResult {
  /** All requests admitted (all-or-nothing). */
  allowed: boolean;
  /** Index of the first request that did not fit; -1 when allowed. */
  deniedIndex: number;
  /**
   * When denied: ms until every denied window fits again (0 when only slots are busy: a slot
   * frees when someone releases, which no store can predict). 0 when allowed.
   */
  retryAfterMs: number;
  /** Per request: budget left after this call (allowed) or now (denied). */
  remaining: number[];
  /** Per request when allowed: window ticket or slot id (pass to adjust / releaseSlot). */
  tickets: string[];
}

export interface LimiterDecision {
  allowed: boolean;
  retryAfterMs: number;
  remaining: number;
  /** Present when allowed: the id to `adjust` / `refund` this admission. */
  ticket?: string;
}

export interface SlotDecision {
  allowed: boolean;
  /** Present when allowed: pass to `releaseSlot`. */
  slotId?: string;
  remaining: number;
}

export interface LimiterStore {
  /** Admits every request or none, atomically. */
  acquireAll(requests: readonly LimitRequest[]): Promise<AcquireAllResult>;
  /** Single window acquire (convenience over acquireAll). */
  acquire(key: string, options: { limit: number; windowMs: number; cost?: number }): Promise<LimiterDecision>;
  /** Sets an admitted ticket's cost to `cost` (real usage); no-op once it has expired. */
  adjust(key: string, ticket: string, cost: number): Promise<void>;
  /** Gives an admission back entirely (request never sent). */
  refund(key: string, ticket: string): Promise<void>;
  acquireSlot(key: string, max: number, ttlMs?: number): Promise<SlotDecision>;
  releaseSlot(key: string, slotId: string): Promise<void>;
  /** Releases connections the store owns (not ones passed in by the caller). */
  close(): Promise<void>;
}

/** Default slot lease: longer than any sane LLM request, short enough to heal after a crash. */
export const DEFAULT_SLOT_TTL_MS = 10 * 60_000;

/** Shared convenience methods so each store only implements the primitives. */
export abstract class BaseLimiterStore implements LimiterStore {
  abstract acquireAll(requests: readonly LimitRequest[]): Promise<AcquireAllResult>;
  abstract adjust(key: string, ticket: string, cost: number): Promise<void>;
  abstract releaseSlot(key: string, slotId: string): Promise<void>;
  abstract close(): Promise<void>;

  async acquire(key: string, options: { limit: number; windowMs: number; cost?: number }): Promise<LimiterDecision> {
    const r = await this.acquireAll([{ type: 'window', key, limit: options.limit, windowMs: options.windowMs, cost: options.cost ?? 1 }]);
    return r.allowed
      ? { allowed: true, retryAfterMs: 0, remaining: r.remaining[0], ticket: r.tickets[0] }
      : { allowed: false, retryAfterMs: r.retryAfterMs, remaining: r.remaining[0] };
  }

  refund(key: string, ticket: string): Promise<void> {
    return this.adjust(key, ticket, 0);
  }

  async acquireSlot(key: string, max: number, ttlMs: number = DEFAULT_SLOT_TTL_MS): Promise<SlotDecision> {
    const r = await this.acquireAll([{ type: 'slot', key, max, ttlMs }]);
    return r.allowed ? { allowed: true, slotId: r.tickets[0], remaining: r.remaining[0] } : { allowed: false, remaining: r.remaining[0] };
  }
}

/** Validates and normalises requests the same way for every store. */
export function normaliseRequests(requests: readonly LimitRequest[]): LimitRequest[] {
  // The same key twice in one call would be checked twice against the same state and could
  // over-admit; scope names must be unique.
  const seen = new Set<string>();
  for (const r of requests) {
    const id = `${r.type}\u0000${r.key}`;
    if (seen.has(id)) throw new RangeError(`limit "${r.key}" appears twice in one acquire`);
    seen.add(id);
  }
  return requests.map((r) => {
    if (r.type === 'window') {
      if (!(r.limit > 0) || !(r.windowMs > 0)) throw new RangeError(`limit "${r.key}": limit and windowMs must be > 0`);
      return { ...r, limit: Math.floor(r.limit), windowMs: Math.ceil(r.windowMs), cost: Math.max(0, Math.ceil(r.cost)) };
    }
    if (!(r.max > 0)) throw new RangeError(`slot "${r.key}": max must be > 0`);
    return { ...r, max: Math.floor(r.max), ttlMs: Math.max(1, Math.ceil(r.ttlMs)) };
  });
}

let ticketSeq = 0;
const ticketPrefix = Math.random().toString(36).slice(2, 10);

/** Unique ticket / slot ids (process-unique prefix + counter): no collisions across instances. */
export function newTicketId(): string {
  ticketSeq = (ticketSeq + 1) % Number.MAX_SAFE_INTEGER;
  return `${ticketPrefix}${ticketSeq.toString(36)}`;
}
