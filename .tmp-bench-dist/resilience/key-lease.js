const INSPECT = Symbol.for('nodejs.util.inspect.custom');
/**
 * One key handed out for one call. The secret is only reachable through the `key` getter: it is
 * not an own enumerable property, and `toString`, `toJSON` and `util.inspect` show the masked
 * form, so logging a lease by accident never leaks the key.
 */
export class KeyLease {
    keyId;
    masked;
    acquiredAt;
    estimatedTokens;
    #secret;
    #host;
    #settled = false;
    #reported = false;
    #cancelled = false;
    constructor(init) {
        this.keyId = init.keyId;
        this.masked = init.masked;
        this.acquiredAt = init.acquiredAt;
        this.estimatedTokens = init.estimatedTokens;
        this.#secret = init.secret;
        this.#host = init.host;
    }
    /** The secret itself — pass it to the upstream call and nowhere else. */
    get key() {
        return this.#secret;
    }
    /**
     * The request was never sent (another limit or the breaker said no): gives the key's RPM / TPM /
     * RPD charges back. Only before `report` / `settle`; idempotent.
     */
    cancel() {
        if (this.#cancelled || this.#reported || this.#settled)
            return;
        this.#cancelled = true;
        this.#host.refund(this.keyId, this.acquiredAt, this.estimatedTokens);
    }
    /** Reports the outcome once (cooldown / disable per the pool's error policy). */
    report(outcome) {
        if (this.#reported || this.#cancelled)
            return;
        this.#reported = true;
        this.#host.report(this.keyId, outcome);
        if (outcome.ok && outcome.tokens !== undefined)
            this.settle(outcome.tokens);
    }
    /** Replaces the token estimate with real usage in the key's TPM budget (once). */
    settle(actualTokens) {
        if (this.#settled || this.#cancelled)
            return;
        this.#settled = true;
        const delta = Math.max(0, Math.ceil(actualTokens)) - this.estimatedTokens;
        if (delta !== 0)
            this.#host.adjustTokens(this.keyId, this.acquiredAt, delta);
    }
    toString() {
        return `KeyLease(${this.keyId})`;
    }
    toJSON() {
        return { keyId: this.keyId, masked: this.masked };
    }
    [INSPECT]() {
        return this.toString();
    }
}
//# sourceMappingURL=key-lease.js.map