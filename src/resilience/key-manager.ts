import type { KeyLease, KeyOutcome } from './key-lease.js';
import {
  type AcquireKeyOptions,
  type KeyInput,
  KeyPool,
  type KeyPoolAvailability,
  type KeyPoolOptions,
  type KeyPoolSnapshot,
  type KeyStateChange,
} from './key-pool.js';

export interface KeyManagerOptions extends KeyPoolOptions {
  /** Become the manager `stable()` uses by default. Default true (as the seed's KeyManager). */
  register?: boolean;
}

let current: KeyManager | undefined;

/**
 * The seed-compatible key manager (GUIDE §2): `new KeyManager(keys)` and every `stable(fn)`
 * without an explicit `keyManager` uses the most recently created one. A thin shell over
 * KeyPool, which holds all the logic.
 */
export class KeyManager {
  readonly pool: KeyPool;

  constructor(keys: ReadonlyArray<string | KeyInput>, options: KeyManagerOptions = {}) {
    this.pool = new KeyPool(keys, options);
    if (options.register !== false) current = this;
  }

  /** The most recently created (registered) manager, if any. */
  static current(): KeyManager | undefined {
    return current;
  }

  /** Forgets the registered manager (tests, hot reload). */
  static clearCurrent(): void {
    current = undefined;
  }

  get size(): number {
    return this.pool.size;
  }

  acquire(options?: AcquireKeyOptions): KeyLease | undefined {
    return this.pool.acquire(options);
  }

  report(keyId: string, outcome: KeyOutcome): void {
    this.pool.report(keyId, outcome);
  }

  disable(keyId: string, reason: string): void {
    this.pool.disable(keyId, reason);
  }

  enable(keyId: string): void {
    this.pool.enable(keyId);
  }

  availability(estimatedTokens?: number): KeyPoolAvailability {
    return this.pool.availability(estimatedTokens);
  }

  onChange(listener: (change: KeyStateChange) => void): () => void {
    return this.pool.onChange(listener);
  }

  snapshot(): KeyPoolSnapshot {
    return this.pool.snapshot();
  }

  toString(): string {
    return `KeyManager(${this.pool.ids.join(', ')})`;
  }

  toJSON(): KeyPoolSnapshot {
    return this.pool.snapshot();
  }
}
