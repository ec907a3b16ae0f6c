import { CircuitBreaker } from './circuit-breaker.js';
/**
 * One breaker per deployment, keyed `provider|endpoint|model`, created on first use with shared
 * defaults. Registry-level listeners also see breakers created later (for `onBreakerChange`).
 */
export class CircuitBreakerRegistry {
    breakers = new Map();
    listeners = new Set();
    defaults;
    constructor(defaults = {}) {
        this.defaults = defaults;
    }
    static key(ref) {
        return `${ref.provider}|${ref.endpoint}|${ref.model}`;
    }
    /** The breaker for a deployment; `overrides` apply only when it is created. */
    get(ref, overrides) {
        const key = typeof ref === 'string' ? ref : CircuitBreakerRegistry.key(ref);
        let breaker = this.breakers.get(key);
        if (breaker === undefined) {
            breaker = new CircuitBreaker({ ...this.defaults, ...overrides });
            breaker.onStateChange((change) => {
                for (const listener of this.listeners) {
                    try {
                        listener({ ...change, key });
                    }
                    catch {
                        // Listener failures are the listener's problem, never the breaker's.
                    }
                }
            });
            this.breakers.set(key, breaker);
        }
        return breaker;
    }
    has(ref) {
        return this.breakers.has(typeof ref === 'string' ? ref : CircuitBreakerRegistry.key(ref));
    }
    onStateChange(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    entries() {
        return this.breakers.entries();
    }
    snapshot() {
        const out = {};
        for (const [key, breaker] of this.breakers)
            out[key] = breaker.snapshot();
        return out;
    }
    delete(ref) {
        return this.breakers.delete(typeof ref === 'string' ? ref : CircuitBreakerRegistry.key(ref));
    }
    clear() {
        this.breakers.clear();
    }
}
//# sourceMappingURL=circuit-breaker-registry.js.map