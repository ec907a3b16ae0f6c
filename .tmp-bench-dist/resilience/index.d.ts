/**
 * Resilience primitives: circuit breakers, key pools, KeyManager / stable(), rate limiters with
 * memory / Redis / SQLite stores, retry policy and budget, error policy, deadlines, hedging.
 * Nothing here imports an HTTP server or loads a database driver at import time (the Redis and
 * SQLite stores import their drivers dynamically or take a client from the caller).
 * See ./README.md for how the pieces fit together.
 */
export { AllKeysFailedError, type KeyAttemptRecord } from './all-keys-failed-error.js';
export { type BreakerDecision, type BreakerOutcome, type BreakerPermit, type BreakerRejection, type BreakerSnapshot, type BreakerStateChange, CircuitBreaker, type CircuitBreakerOptions, } from './circuit-breaker.js';
export { CircuitBreakerRegistry, type DeploymentRef, type RegistryStateChange } from './circuit-breaker-registry.js';
export { type ClassifiedError, classifyError, headersToRecord } from './classify-error.js';
export { type Clock, realSleep, type Sleep, systemClock } from './clock.js';
export { AttemptSignal, type AttemptSignalOptions, abortedError, type DeadlineStage, timeoutError, withDeadline } from './deadline.js';
export { breakerKindsOf, DEFAULT_ERROR_POLICY, type ErrorAction, type ErrorPolicy, type ErrorPolicyOverrides, type KeyAction, resolveErrorPolicy, shouldFailover, } from './error-policy.js';
export { type HedgeAttempt, HedgeError, type HedgeOptions, type HedgeResult, type HedgeStarter, hedge } from './hedge.js';
export { KeyLease, type KeyOutcome } from './key-lease.js';
export { KeyManager, type KeyManagerOptions } from './key-manager.js';
export { type AcquireKeyOptions, type KeyInput, KeyPool, type KeyPoolAvailability, type KeyPoolOptions, type KeyPoolSnapshot, type KeySelection, type KeySnapshot, type KeyStateChange, } from './key-pool.js';
export { LatencyTracker } from './latency-tracker.js';
export { type AcquireAllResult, BaseLimiterStore, DEFAULT_SLOT_TTL_MS, type LimiterDecision, type LimiterStore, type LimitRequest, type SlotDecision, type SlotLimit, type WindowLimit, } from './limiter-store.js';
export { maskSecret, maskSecretsInText } from './mask-secret.js';
export { MemoryLimiterStore } from './memory-limiter-store.js';
export { type LimitKind, type RateAcquireRequest, type RateDecision, type RateLease, RateLimiter, type RateLimiterOptions, type RateScope, type WaitOptions, } from './rate-limiter.js';
export { RedisLimiterStore, type RedisLimiterStoreOptions, type RedisScriptClient } from './redis-limiter-store.js';
export { RetryBudget, type RetryBudgetOptions } from './retry-budget.js';
export { type RetryDecision, RetryPolicy, type RetryPolicyOptions } from './retry-policy.js';
export { SqliteLimiterStore, type SqliteLimiterStoreOptions } from './sqlite-limiter-store.js';
export { type StableOptions, stable } from './stable.js';
export { WindowCounter } from './window-counter.js';
