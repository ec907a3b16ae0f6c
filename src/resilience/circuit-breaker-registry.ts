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
export class CircuitBreakerRegistry {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly listeners = new Set<(change: RegistryStateChange) => void>();
  private readonly defaults: CircuitBreakerOptions;

  constructor(defaults: CircuitBreakerOptions = {}) {
    this.defaults = defaults;
  }

  static key(ref: DeploymentRef): string {
    return `${ref.provider}|${ref.endpoint}|${ref.model}`;
  }

  /** The breaker for a deployment; `overrides` apply only when it is created. */
  get(ref: DeploymentRef | string, overrides?: CircuitBreakerOptions): CircuitBreaker {
    const key = typeof ref === 'string' ? ref : CircuitBreakerRegistry.key(ref);
    let breaker = this.breakers.get(key);
    if (breaker === undefined) {
      breaker = new CircuitBreaker({ ...this.defaults, ...overrides });
      breaker.onStateChange((change) => {
        for (const listener of this.listeners) {
          try {
            listener({ ...change, key });
          } catch {
            // Listener failures are the listener's problem, never the breaker's.
          }
        }
      });
      this.breakers.set(key, breaker);
    }
    return breaker;
  }

  has(ref: DeploymentRef | string): boolean {
    return this.breakers.has(typeof ref === 'string' ? ref : CircuitBreakerRegistry.key(ref));
  }

  onStateChange(listener: (change: RegistryStateChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  entries(): IterableIterator<[string, CircuitBreaker]> {
    return this.breakers.entries();
  }

  snapshot(): Record<string, BreakerSnapshot> {
    const out: Record<string, BreakerSnapshot> = {};
    for (const [key, breaker] of this.breakers) out[key] = breaker.snapshot();
    return out;
  }

  delete(ref: DeploymentRef | string): boolean {
    return this.breakers.delete(typeof ref === 'string' ? ref : CircuitBreakerRegistry.key(ref));
  }

  clear(): void {
    this.breakers.clear();
  }
}
