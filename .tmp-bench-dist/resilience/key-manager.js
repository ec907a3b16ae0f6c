import { KeyPool, } from './key-pool.js';
let current;
/**
 * The seed-compatible key manager (GUIDE §2): `new KeyManager(keys)` and every `stable(fn)`
 * without an explicit `keyManager` uses the most recently created one. A thin shell over
 * KeyPool, which holds all the logic.
 */
export class KeyManager {
    pool;
    constructor(keys, options = {}) {
        this.pool = new KeyPool(keys, options);
        if (options.register !== false)
            current = this;
    }
    /** The most recently created (registered) manager, if any. */
    static current() {
        return current;
    }
    /** Forgets the registered manager (tests, hot reload). */
    static clearCurrent() {
        current = undefined;
    }
    get size() {
        return this.pool.size;
    }
    acquire(options) {
        return this.pool.acquire(options);
    }
    report(keyId, outcome) {
        this.pool.report(keyId, outcome);
    }
    disable(keyId, reason) {
        this.pool.disable(keyId, reason);
    }
    enable(keyId) {
        this.pool.enable(keyId);
    }
    availability(estimatedTokens) {
        return this.pool.availability(estimatedTokens);
    }
    onChange(listener) {
        return this.pool.onChange(listener);
    }
    snapshot() {
        return this.pool.snapshot();
    }
    toString() {
        return `KeyManager(${this.pool.ids.join(', ')})`;
    }
    toJSON() {
        return this.pool.snapshot();
    }
}
//# sourceMappingURL=key-manager.js.map