import type { ErrorKind } from '../spec/error-kind.js';
import { type Clock, systemClock } from './clock.js';
import { breakerKindsOf } from './error-policy.js';
import { LatencyTracker } from './latency-tracker.js';
import { maskSecretsInText } from './mask-secret.js';
import { WindowCounter } from './window-counter.js';

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  /** Open after this many counted failures in a row. Default 5. */
  failureThreshold?: number;
  /** Open when the counted-failure rate in the window reaches this (0..1). Default 0.5. */
  failureRateThreshold?: number;
  /** Sliding window for the failure rate, ms. Default 60 000. */
  windowMs?: number;
  /** The failure rate is only considered once the window holds this many outcomes. Default 20. */
  minimumRequests?: number;
  /** How long the breaker stays open before admitting probes, ms. Default 60 000. */
  coolDownMs?: number;
  /** Each re-open right after a failed probe multiplies the cool-down by this. Default 1 (flat). */
  coolDownMultiplier?: number;
  /** Upper bound for a growing cool-down, ms. Default 10 × coolDownMs. */
  maxCoolDownMs?: number;
  /** Concurrent probes admitted while half-open; everyone else is rejected fast. Default 1. */
  halfOpenMaxProbes?: number;
  /** Successful probes needed to close. Default 1. */
  successesToClose?: number;
  /**
   * A probe that never reports back (caller bug, lost promise) frees its slot after this long,
   * so a breaker can never wedge in half-open. Default 300 000.
   */
  probeTimeoutMs?: number;
  /** Error kinds that count as failures. Default: the error policy's `tripsBreaker` kinds. */
  countedKinds?: Iterable<ErrorKind>;
  /** Ring size for latency percentiles. Default 256. */
  latencySamples?: number;
  clock?: Clock;
}

/** How a request through the breaker ended. Non-counted error kinds are neutral. */
export type BreakerOutcome = { ok: true; latencyMs?: number } | { ok: false; kind: ErrorKind; message?: string; latencyMs?: number };

export interface BreakerPermit {
  readonly allowed: true;
  /** True when this request is a half-open probe; its outcome decides the breaker's fate. */
  readonly probe: boolean;
  /** Report the outcome exactly once; later calls are ignored. */
  release(outcome: BreakerOutcome): void;
  /**
   * The request was never sent (a later limit said no): frees a probe slot and records nothing.
   * Ignored after `release`.
   */
  cancel(): void;
}

export interface BreakerRejection {
  readonly allowed: false;
  readonly probe: false;
  readonly state: 'open' | 'half_open';
  /** When to ask again: the cool-down left (open) or 0 (half-open, probe slots busy). */
  readonly retryAfterMs: number;
  release(outcome?: BreakerOutcome): void;
  cancel(): void;
}

export type BreakerDecision = BreakerPermit | BreakerRejection;

export interface BreakerStateChange {
  from: BreakerState;
  to: BreakerState;
  at: number;
  reason: 'consecutive_failures' | 'failure_rate' | 'cool_down_elapsed' | 'probe_failed' | 'probe_succeeded' | 'manual';
}

export interface BreakerSnapshot {
  state: BreakerState;
  /** Whether a request would be admitted right now. */
  available: boolean;
  /** Counted failures in the sliding window. */
  failure_count: number;
  consecutive_failures: number;
  /** Seconds until probes are admitted (0 unless open). */
  cool_down_remaining: number;
  /** Epoch ms of the last opening, null when closed. */
  opened_at: number | null;
  last_error: { kind: ErrorKind; message: string; at: number } | null;
  /** Successes / (successes + counted failures) in the window; null without data. */
  success_rate: number | null;
  latency_p50_ms: number | null;
  latency_p95_ms: number | null;
  /** Outcomes ever reported. */
  total_requests: number;
  half_open_probes_in_flight: number;
}

const REJECTED_NOOP = (): void => {};

/**
 * Per-deployment circuit breaker. Single-threaded JS makes it lock-free: every admission decision
 * is a synchronous check-and-take in `tryAcquire`, so at most `halfOpenMaxProbes` concurrent
 * probes are ever admitted, however many requests race for them.
 *
 * Outcomes are tied to the "generation" (state period) they were admitted in: a slow request
 * admitted while closed that fails after the breaker has re-opened cannot re-open it again or
 * close it; only probes decide half-open transitions.
 */
export class CircuitBreaker {
  private readonly o: Required<Omit<CircuitBreakerOptions, 'countedKinds' | 'clock' | 'latencySamples'>>;
  private readonly counted: ReadonlySet<ErrorKind>;
  private readonly clock: Clock;
  private readonly successes: WindowCounter;
  private readonly failures: WindowCounter;
  readonly latency: LatencyTracker;
  private readonly listeners = new Set<(change: BreakerStateChange) => void>();

  private _state: BreakerState = 'closed';
  private generation = 0;
  private consecutive = 0;
  private openedAt: number | null = null;
  private currentCoolDown: number;
  private reopenStreak = 0;
  private halfOpenSuccesses = 0;
  /** Probe id → admission time, for the half-open generation only. */
  private probes = new Map<number, number>();
  private nextProbeId = 0;
  private lastError: BreakerSnapshot['last_error'] = null;
  private totalRequests = 0;

  constructor(options: CircuitBreakerOptions = {}) {
    const coolDownMs = options.coolDownMs ?? 60_000;
    this.o = {
      failureThreshold: options.failureThreshold ?? 5,
      failureRateThreshold: options.failureRateThreshold ?? 0.5,
      windowMs: options.windowMs ?? 60_000,
      minimumRequests: options.minimumRequests ?? 20,
      coolDownMs,
      coolDownMultiplier: options.coolDownMultiplier ?? 1,
      maxCoolDownMs: options.maxCoolDownMs ?? coolDownMs * 10,
      halfOpenMaxProbes: Math.max(1, options.halfOpenMaxProbes ?? 1),
      successesToClose: Math.max(1, options.successesToClose ?? 1),
      probeTimeoutMs: options.probeTimeoutMs ?? 300_000,
    };
    this.counted = new Set(options.countedKinds ?? breakerKindsOf());
    this.clock = options.clock ?? systemClock;
    this.successes = new WindowCounter(this.o.windowMs, 10, this.clock);
    this.failures = new WindowCounter(this.o.windowMs, 10, this.clock);
    this.latency = new LatencyTracker(options.latencySamples ?? 256);
    this.currentCoolDown = coolDownMs;
  }

  /** Current state; an elapsed cool-down turns `open` into `half_open` here (lazily). */
  get state(): BreakerState {
    this.refresh(this.clock.now());
    return this._state;
  }

  /** Whether `tryAcquire` would admit a request now, without taking anything. */
  isAvailable(): boolean {
    const now = this.clock.now();
    this.refresh(now);
    if (this._state === 'closed') return true;
    if (this._state === 'open') return false;
    this.reclaimLostProbes(now);
    return this.probes.size < this.o.halfOpenMaxProbes;
  }

  /** Synchronous check-and-take. Never await between deciding and calling this. */
  tryAcquire(): BreakerDecision {
    const now = this.clock.now();
    this.refresh(now);
    const gen = this.generation;
    if (this._state === 'closed') return this.permit(gen, false, -1);
    if (this._state === 'open') {
      return this.reject('open', Math.max(0, (this.openedAt ?? now) + this.currentCoolDown - now));
    }
    this.reclaimLostProbes(now);
    if (this.probes.size >= this.o.halfOpenMaxProbes) return this.reject('half_open', 0);
    const id = this.nextProbeId++;
    this.probes.set(id, now);
    return this.permit(gen, true, id);
  }

  /** Records an outcome without a permit (e.g. a request that bypassed admission). */
  record(outcome: BreakerOutcome): void {
    this.settle(this.generation, false, -1, outcome);
  }

  onStateChange(listener: (change: BreakerStateChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Manual trip (admin console, tests). */
  forceOpen(coolDownMs: number = this.o.coolDownMs): void {
    this.open(this.clock.now(), 'manual', coolDownMs);
  }

  /** Manual close: clears counters and cool-down growth. */
  reset(): void {
    this.close(this.clock.now(), 'manual');
  }

  snapshot(): BreakerSnapshot {
    const now = this.clock.now();
    this.refresh(now);
    const ok = this.successes.total(now);
    const bad = this.failures.total(now);
    const remaining = this._state === 'open' ? Math.max(0, (this.openedAt ?? now) + this.currentCoolDown - now) : 0;
    return {
      state: this._state,
      available: this.isAvailable(),
      failure_count: bad,
      consecutive_failures: this.consecutive,
      cool_down_remaining: Math.round(remaining / 100) / 10,
      opened_at: this._state === 'closed' ? null : this.openedAt,
      last_error: this.lastError,
      success_rate: ok + bad === 0 ? null : ok / (ok + bad),
      latency_p50_ms: this.latency.p50 ?? null,
      latency_p95_ms: this.latency.p95 ?? null,
      total_requests: this.totalRequests,
      half_open_probes_in_flight: this._state === 'half_open' ? this.probes.size : 0,
    };
  }

  private permit(gen: number, probe: boolean, probeId: number): BreakerPermit {
    let done = false;
    return {
      allowed: true,
      probe,
      release: (outcome: BreakerOutcome) => {
        if (done) return;
        done = true;
        this.settle(gen, probe, probeId, outcome);
      },
      cancel: () => {
        if (done) return;
        done = true;
        if (probe && gen === this.generation) this.probes.delete(probeId);
      },
    };
  }

  private reject(state: 'open' | 'half_open', retryAfterMs: number): BreakerRejection {
    return { allowed: false, probe: false, state, retryAfterMs, release: REJECTED_NOOP, cancel: REJECTED_NOOP };
  }

  private settle(gen: number, probe: boolean, probeId: number, outcome: BreakerOutcome): void {
    const now = this.clock.now();
    this.refresh(now);
    this.totalRequests++;
    if (outcome.latencyMs !== undefined && outcome.ok) this.latency.record(outcome.latencyMs);
    const counted = !outcome.ok && this.counted.has(outcome.kind);
    if (!outcome.ok && counted) {
      this.lastError = { kind: outcome.kind, message: maskSecretsInText(outcome.message ?? outcome.kind), at: now };
    }
    const current = gen === this.generation;
    if (probe) {
      // A reclaimed or stale probe no longer holds a slot and must not move the state.
      if (!current || !this.probes.delete(probeId)) return;
      if (outcome.ok) {
        this.successes.add(1, now);
        if (++this.halfOpenSuccesses >= this.o.successesToClose) this.close(now, 'probe_succeeded');
      } else if (counted) {
        this.failures.add(1, now);
        this.reopenStreak++;
        this.open(now, 'probe_failed', this.grownCoolDown());
      }
      return;
    }
    if (outcome.ok) {
      this.successes.add(1, now);
      if (current && this._state === 'closed') this.consecutive = 0;
      return;
    }
    if (!counted) return;
    this.failures.add(1, now);
    if (!current || this._state !== 'closed') return;
    this.consecutive++;
    if (this.consecutive >= this.o.failureThreshold) {
      this.open(now, 'consecutive_failures', this.o.coolDownMs);
      return;
    }
    const bad = this.failures.total(now);
    const total = bad + this.successes.total(now);
    if (total >= this.o.minimumRequests && bad / total >= this.o.failureRateThreshold) {
      this.open(now, 'failure_rate', this.o.coolDownMs);
    }
  }

  private grownCoolDown(): number {
    const grown = this.o.coolDownMs * this.o.coolDownMultiplier ** this.reopenStreak;
    return Math.min(this.o.maxCoolDownMs, grown);
  }

  private refresh(now: number): void {
    if (this._state === 'open' && this.openedAt !== null && now >= this.openedAt + this.currentCoolDown) {
      this.transition('half_open', now, 'cool_down_elapsed');
      this.probes = new Map();
      this.halfOpenSuccesses = 0;
    }
  }

  private reclaimLostProbes(now: number): void {
    for (const [id, at] of this.probes) {
      if (now - at >= this.o.probeTimeoutMs) this.probes.delete(id);
    }
  }

  private open(now: number, reason: BreakerStateChange['reason'], coolDownMs: number): void {
    this.openedAt = now;
    this.currentCoolDown = coolDownMs;
    this.probes = new Map();
    this.transition('open', now, reason);
  }

  private close(now: number, reason: BreakerStateChange['reason']): void {
    this.consecutive = 0;
    this.reopenStreak = 0;
    this.openedAt = null;
    this.currentCoolDown = this.o.coolDownMs;
    this.probes = new Map();
    // Old failures must not re-trip a freshly closed breaker through the rate rule.
    this.failures.reset();
    this.successes.reset();
    this.transition('closed', now, reason);
  }

  private transition(to: BreakerState, at: number, reason: BreakerStateChange['reason']): void {
    const from = this._state;
    this._state = to;
    this.generation++;
    if (from === to) return;
    const change: BreakerStateChange = { from, to, at, reason };
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        // A faulty listener (logging, metrics) must never break admission decisions.
      }
    }
  }
}
