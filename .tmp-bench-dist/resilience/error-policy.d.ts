import type { ErrorKind } from '../spec/error-kind.js';
/** What to do with a key after an error on it. */
export type KeyAction = 'none' | 'cooldown' | 'disable';
/** How the resilience engine reacts to one error kind. */
export interface ErrorAction {
    /** Move on to the next candidate (key, endpoint, provider, backup model) right away. */
    failover: boolean;
    /**
     * The same target may be tried again later (after backoff / Retry-After, within the retry
     * budget) — e.g. when every other candidate is exhausted. Never immediately.
     */
    retrySameTarget: boolean;
    /** Counts as a failure for the deployment's circuit breaker. */
    tripsBreaker: boolean;
    /** What happens to the key that received the error. */
    keyAction: KeyAction;
    /**
     * Fail over only to a candidate whose context window is larger than the failed one's
     * (context_length errors). Takes precedence over `failover: false`.
     */
    failoverIfLargerContext?: boolean;
}
export type ErrorPolicy = Readonly<Record<ErrorKind, Readonly<ErrorAction>>>;
export type ErrorPolicyOverrides = Partial<Record<ErrorKind, Partial<ErrorAction>>>;
/**
 * The default table (documented in src/resilience/README.md). Principles:
 * - the deployment is sick (overloaded, 5xx, timeout, network) → trip its breaker, fail over;
 * - the key is sick (rate limit → cool down; auth / quota → disable) → fail over, no breaker,
 *   because another key on the same deployment may work fine;
 * - the request is bad (invalid, content policy) → return at once: no provider will accept it and
 *   retrying only multiplies cost; context_length may go to a larger-context model only;
 * - the caller gave up (aborted) → stop.
 */
export declare const DEFAULT_ERROR_POLICY: ErrorPolicy;
/** The default table with per-kind overrides merged field by field; result is frozen. */
export declare function resolveErrorPolicy(overrides?: ErrorPolicyOverrides, base?: ErrorPolicy): ErrorPolicy;
/** The kinds a policy says should count against a circuit breaker. */
export declare function breakerKindsOf(policy?: ErrorPolicy): Set<ErrorKind>;
/** Whether `kind` allows trying another candidate, given whether that candidate has more context. */
export declare function shouldFailover(policy: ErrorPolicy, kind: ErrorKind, nextHasLargerContext?: boolean): boolean;
