import { ERROR_KINDS } from '../spec/error-kind.js';
const returnAtOnce = {
    failover: false,
    retrySameTarget: false,
    tripsBreaker: false,
    keyAction: 'none',
};
/**
 * The default table (documented in src/resilience/README.md). Principles:
 * - the deployment is sick (overloaded, 5xx, timeout, network) → trip its breaker, fail over;
 * - the key is sick (rate limit → cool down; auth / quota → disable) → fail over, no breaker,
 *   because another key on the same deployment may work fine;
 * - the request is bad (invalid, content policy) → return at once: no provider will accept it and
 *   retrying only multiplies cost; context_length may go to a larger-context model only;
 * - the caller gave up (aborted) → stop.
 */
export const DEFAULT_ERROR_POLICY = Object.freeze({
    rate_limit: { failover: true, retrySameTarget: true, tripsBreaker: false, keyAction: 'cooldown' },
    quota_exhausted: { failover: true, retrySameTarget: false, tripsBreaker: false, keyAction: 'disable' },
    auth: { failover: true, retrySameTarget: false, tripsBreaker: false, keyAction: 'disable' },
    permission: { failover: true, retrySameTarget: false, tripsBreaker: false, keyAction: 'none' },
    not_found: { failover: true, retrySameTarget: false, tripsBreaker: false, keyAction: 'none' },
    context_length: { ...returnAtOnce, failoverIfLargerContext: true },
    content_policy: returnAtOnce,
    invalid_request: returnAtOnce,
    overloaded: { failover: true, retrySameTarget: true, tripsBreaker: true, keyAction: 'none' },
    server: { failover: true, retrySameTarget: true, tripsBreaker: true, keyAction: 'none' },
    timeout: { failover: true, retrySameTarget: true, tripsBreaker: true, keyAction: 'none' },
    network: { failover: true, retrySameTarget: true, tripsBreaker: true, keyAction: 'none' },
    aborted: returnAtOnce,
});
/** The default table with per-kind overrides merged field by field; result is frozen. */
export function resolveErrorPolicy(overrides = {}, base = DEFAULT_ERROR_POLICY) {
    const out = {};
    for (const kind of ERROR_KINDS) {
        out[kind] = Object.freeze({ ...base[kind], ...overrides[kind] });
    }
    for (const kind of Object.keys(overrides)) {
        if (!ERROR_KINDS.includes(kind)) {
            throw new RangeError(`error policy: unknown error kind "${kind}"`);
        }
    }
    return Object.freeze(out);
}
/** The kinds a policy says should count against a circuit breaker. */
export function breakerKindsOf(policy = DEFAULT_ERROR_POLICY) {
    return new Set(ERROR_KINDS.filter((k) => policy[k].tripsBreaker));
}
/** Whether `kind` allows trying another candidate, given whether that candidate has more context. */
export function shouldFailover(policy, kind, nextHasLargerContext = false) {
    const action = policy[kind];
    return action.failover || (action.failoverIfLargerContext === true && nextHasLargerContext);
}
//# sourceMappingURL=error-policy.js.map