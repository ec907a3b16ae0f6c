/**
 * Resilience primitives: circuit breakers, key pools, KeyManager / stable(), rate limiters with
 * memory / Redis / SQLite stores, retry policy and budget, error policy, deadlines, hedging.
 * Nothing here imports an HTTP server or loads a database driver at import time (the Redis and
 * SQLite stores import their drivers dynamically or take a client from the caller).
 * See ./README.md for how the pieces fit together.
 */
export { AllKeysFailedError } from './all-keys-failed-error.js';
export { CircuitBreaker, } from './circuit-breaker.js';
export { CircuitBreakerRegistry } from './circuit-breaker-registry.js';
export { classifyError, headersToRecord } from './classify-error.js';
export { realSleep, systemClock } from './clock.js';
export { AttemptSignal, abortedError, timeoutError, withDeadline } from './deadline.js';
export { breakerKindsOf, DEFAULT_ERROR_POLICY, resolveErrorPolicy, shouldFailover, } from './error-policy.js';
export { HedgeError, hedge } from './hedge.js';
export { KeyLease } from './key-lease.js';
export { KeyManager } from './key-manager.js';
export { KeyPool, } from './key-pool.js';
export { LatencyTracker } from './latency-tracker.js';
export { BaseLimiterStore, DEFAULT_SLOT_TTL_MS, } from './limiter-store.js';
export { maskSecret, maskSecretsInText } from './mask-secret.js';
export { MemoryLimiterStore } from './memory-limiter-store.js';
export { RateLimiter, } from './rate-limiter.js';
export { RedisLimiterStore } from './redis-limiter-store.js';
export { RetryBudget } from './retry-budget.js';
export { RetryPolicy } from './retry-policy.js';
export { SqliteLimiterStore } from './sqlite-limiter-store.js';
export { stable } from './stable.js';
export { WindowCounter } from './window-counter.js';
//# sourceMappingURL=index.js.map