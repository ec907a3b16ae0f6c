import type { KeyLease, KeyOutcome } from './key-lease.js';
import { type AcquireKeyOptions, type KeyInput, KeyPool, type KeyPoolAvailability, type KeyPoolOptions, type KeyPoolSnapshot, type KeyStateChange } from './key-pool.js';
export interface KeyManagerOptions extends KeyPoolOptions {
    /** Become the manager `stable()` uses by default. Default true (as the seed's KeyManager). */
    register?: boolean;
}
/**
 * The seed-compatible key manager (GUIDE §2): `new KeyManager(keys)` and every `stable(fn)`
 * without an explicit `keyManager` uses the most recently created one. A thin shell over
 * KeyPool, which holds all the logic.
 */
export declare class KeyManager {
    readonly pool: KeyPool;
    constructor(keys: ReadonlyArray<string | KeyInput>, options?: KeyManagerOptions);
    /** The most recently created (registered) manager, if any. */
    static current(): KeyManager | undefined;
    /** Forgets the registered manager (tests, hot reload). */
    static clearCurrent(): void;
    get size(): number;
    acquire(options?: AcquireKeyOptions): KeyLease | undefined;
    report(keyId: string, outcome: KeyOutcome): void;
    disable(keyId: string, reason: string): void;
    enable(keyId: string): void;
    availability(estimatedTokens?: number): KeyPoolAvailability;
    onChange(listener: (change: KeyStateChange) => void): () => void;
    snapshot(): KeyPoolSnapshot;
    toString(): string;
    toJSON(): KeyPoolSnapshot;
}
