import { type BreakerSnapshot, type BreakerStateChange, CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';
export interface DeploymentRef {
    provider: string;
    endpoint: string;
    model: string;
}
export interface RegistryStateChange extends BreakerStateChange {
    /** `provider|endpoint|model`. */
    key: string;
}
/**
 * One breaker per deployment, keyed `provider|endpoint|model`, created on first use with shared
 * defaults. Registry-level listeners also see breakers created later (for `onBreakerChange`).
 */
export declare class CircuitBreakerRegistry {
    private readonly breakers;
    private readonly listeners;
    private readonly defaults;
    constructor(defaults?: CircuitBreakerOptions);
    static key(ref: DeploymentRef): string;
    /** The breaker for a deployment; `overrides` apply only when it is created. */
    get(ref: DeploymentRef | string, overrides?: CircuitBreakerOptions): CircuitBreaker;
    has(ref: DeploymentRef | string): boolean;
    onStateChange(listener: (change: RegistryStateChange) => void): () => void;
    entries(): IterableIterator<[string, CircuitBreaker]>;
    snapshot(): Record<string, BreakerSnapshot>;
    delete(ref: DeploymentRef | string): boolean;
    clear(): void;
}
