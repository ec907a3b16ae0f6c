import { systemClock } from './clock.js';
import { breakerKindsOf } from './error-policy.js';
import { LatencyTracker } from './latency-tracker.js';
import { maskSecretsInText } from './mask-secret.js';
import { WindowCounter } from './window-counter.js';
const REJECTED_NOOP = () => { };
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
    o;
    counted;
    clock;
    successes;
    failures;
    latency;
    listeners = new Set();
    _state = 'closed';
    generation = 0;
    consecutive = 0;
    openedAt = null;
    currentCoolDown;
    reopenStreak = 0;
    halfOpenSuccesses = 0;
    /** Probe id → admission time, for the half-open generation only. */
    probes = new Map();
    nextProbeId = 0;
    lastError = null;
    totalRequests = 0;
    constructor(options = {}) {
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
    get state() {
        this.refresh(this.clock.now());
        return this._state;
    }
    /** Whether `tryAcquire` would admit a request now, without taking anything. */
    isAvailable() {
        const now = this.clock.now();
        this.refresh(now);
        if (this._state === 'closed')
            return true;
        if (this._state === 'open')
            return false;
        this.reclaimLostProbes(now);
        return this.probes.size < this.o.halfOpenMaxProbes;
    }
    /** Synchronous check-and-take. Never await between deciding and calling this. */
    tryAcquire() {
        const now = this.clock.now();
        this.refresh(now);
        const gen = this.generation;
        if (this._state === 'closed')
            return this.permit(gen, false, -1);
        if (this._state === 'open') {
            return this.reject('open', Math.max(0, (this.openedAt ?? now) + this.currentCoolDown - now));
        }
        this.reclaimLostProbes(now);
        if (this.probes.size >= this.o.halfOpenMaxProbes)
            return this.reject('half_open', 0);
        const id = this.nextProbeId++;
        this.probes.set(id, now);
        return this.permit(gen, true, id);
    }
    /** Records an outcome without a permit (e.g. a request that bypassed admission). */
    record(outcome) {
        this.settle(this.generation, false, -1, outcome);
    }
    onStateChange(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    /** Manual trip (admin console, tests). */
    forceOpen(coolDownMs = this.o.coolDownMs) {
        this.open(this.clock.now(), 'manual', coolDownMs);
    }
    /** Manual close: clears counters and cool-down growth. */
    reset() {
        this.close(this.clock.now(), 'manual');
    }
    snapshot() {
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
    permit(gen, probe, probeId) {
        let done = false;
        return {
            allowed: true,
            probe,
            release: (outcome) => {
                if (done)
                    return;
                done = true;
                this.settle(gen, probe, probeId, outcome);
            },
            cancel: () => {
                if (done)
                    return;
                done = true;
                if (probe && gen === this.generation)
                    this.probes.delete(probeId);
            },
        };
    }
    reject(state, retryAfterMs) {
        return { allowed: false, probe: false, state, retryAfterMs, release: REJECTED_NOOP, cancel: REJECTED_NOOP };
    }
    settle(gen, probe, probeId, outcome) {
        const now = this.clock.now();
        this.refresh(now);
        this.totalRequests++;
        if (outcome.latencyMs !== undefined && outcome.ok)
            this.latency.record(outcome.latencyMs);
        const counted = !outcome.ok && this.counted.has(outcome.kind);
        if (!outcome.ok && counted) {
            this.lastError = { kind: outcome.kind, message: maskSecretsInText(outcome.message ?? outcome.kind), at: now };
        }
        const current = gen === this.generation;
        if (probe) {
            // A reclaimed or stale probe no longer holds a slot and must not move the state.
            if (!current || !this.probes.delete(probeId))
                return;
            if (outcome.ok) {
                this.successes.add(1, now);
                if (++this.halfOpenSuccesses >= this.o.successesToClose)
                    this.close(now, 'probe_succeeded');
            }
            else if (counted) {
                this.failures.add(1, now);
                this.reopenStreak++;
                this.open(now, 'probe_failed', this.grownCoolDown());
            }
            return;
        }
        if (outcome.ok) {
            this.successes.add(1, now);
            if (current && this._state === 'closed')
                this.consecutive = 0;
            return;
        }
        if (!counted)
            return;
        this.failures.add(1, now);
        if (!current || this._state !== 'closed')
            return;
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
    grownCoolDown() {
        const grown = this.o.coolDownMs * this.o.coolDownMultiplier ** this.reopenStreak;
        return Math.min(this.o.maxCoolDownMs, grown);
    }
    refresh(now) {
        if (this._state === 'open' && this.openedAt !== null && now >= this.openedAt + this.currentCoolDown) {
            this.transition('half_open', now, 'cool_down_elapsed');
            this.probes = new Map();
            this.halfOpenSuccesses = 0;
        }
    }
    reclaimLostProbes(now) {
        for (const [id, at] of this.probes) {
            if (now - at >= this.o.probeTimeoutMs)
                this.probes.delete(id);
        }
    }
    open(now, reason, coolDownMs) {
        this.openedAt = now;
        this.currentCoolDown = coolDownMs;
        this.probes = new Map();
        this.transition('open', now, reason);
    }
    close(now, reason) {
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
    transition(to, at, reason) {
        const from = this._state;
        this._state = to;
        this.generation++;
        if (from === to)
            return;
        const change = { from, to, at, reason };
        for (const listener of this.listeners) {
            try {
                listener(change);
            }
            catch {
                // A faulty listener (logging, metrics) must never break admission decisions.
            }
        }
    }
}
//# sourceMappingURL=circuit-breaker.js.map