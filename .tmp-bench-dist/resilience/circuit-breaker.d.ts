import type { ErrorKind } from '../spec/error-kind.js';
import { type Clock } from './clock.js';
import { LatencyTracker } from './latency-tracker.js';
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
export type BreakerOutcome = {
    ok: true;
    latencyMs?: number;
} | {
    ok: false;
    kind: ErrorKind;
    message?: string;
    latencyMs?: number;
};
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
    last_error: {
        kind: ErrorKind;
        message: string;
        at: number;
    } | null;
    /** Successes / (successes + counted failures) in the window; null without data. */
    success_rate: number | null;
    latency_p50_ms: number | null;
    latency_p95_ms: number | null;
    /** Outcomes ever reported. */
    total_requests: number;
    half_open_probes_in_flight: number;
}
/**
 * Per-deployment circuit breaker. Single-threaded JS makes it lock-free: every admission decision
 * is a synchronous check-and-take in `tryAcquire`, so at most `halfOpenMaxProbes` concurrent
 * probes are ever admitted, however many requests race for them.
 *
 * Outcomes are tied to the "generation" (state period) they were admitted in: a slow request
 * admitted while closed that fails after the breaker has re-opened cannot re-open it again or
 * close it; only probes decide half-open transitions.
 */
export declare class CircuitBreaker {
    private readonly o;
    private readonly counted;
    private readonly clock;
    private readonly successes;
    private readonly failures;
    readonly latency: LatencyTracker;
    private readonly listeners;
    private _state;
    private generation;
    private consecutive;
    private openedAt;
    private currentCoolDown;
    private reopenStreak;
    private halfOpenSuccesses;
    /** Probe id → admission time, for the half-open generation only. */
    private probes;
    private nextProbeId;
    private lastError;
    private totalRequests;
    constructor(options?: CircuitBreakerOptions);
    /** Current state; an elapsed cool-down turns `open` into `half_open` here (lazily). */
    get state(): BreakerState;
    /** Whether `tryAcquire` would admit a request now, without taking anything. */
    isAvailable(): boolean;
    /** Synchronous check-and-take. Never await between deciding and calling this. */
    tryAcquire(): BreakerDecision;
    /** Records an outcome without a permit (e.g. a request that bypassed admission). */
    record(outcome: BreakerOutcome): void;
    onStateChange(listener: (change: BreakerStateChange) => void): () => void;
    /** Manual trip (admin console, tests). */
    forceOpen(coolDownMs?: number): void;
    /** Manual close: clears counters and cool-down growth. */
    reset(): void;
    snapshot(): BreakerSnapshot;
    private permit;
    private reject;
    private settle;
    private grownCoolDown;
    private refresh;
    private reclaimLostProbes;
    private open;
    private close;
    private transition;
}
