import type { ErrorKind } from '../spec/error-kind.js';
/** How a call made with a key ended. */
export type KeyOutcome = {
    ok: true;
    tokens?: number;
} | {
    ok: false;
    kind: ErrorKind;
    retryAfterMs?: number;
    message?: string;
};
/** What a lease needs from its pool; keeps KeyLease free of a KeyPool import cycle. */
export interface KeyLeaseHost {
    report(keyId: string, outcome: KeyOutcome): void;
    adjustTokens(keyId: string, at: number, delta: number): void;
    /** Undoes the budget charges of a lease that was never used. */
    refund(keyId: string, at: number, estimatedTokens: number): void;
}
declare const INSPECT: unique symbol;
/**
 * One key handed out for one call. The secret is only reachable through the `key` getter: it is
 * not an own enumerable property, and `toString`, `toJSON` and `util.inspect` show the masked
 * form, so logging a lease by accident never leaks the key.
 */
export declare class KeyLease {
    #private;
    readonly keyId: string;
    readonly masked: string;
    readonly acquiredAt: number;
    readonly estimatedTokens: number;
    constructor(init: {
        keyId: string;
        masked: string;
        secret: string;
        acquiredAt: number;
        estimatedTokens: number;
        host: KeyLeaseHost;
    });
    /** The secret itself — pass it to the upstream call and nowhere else. */
    get key(): string;
    /**
     * The request was never sent (another limit or the breaker said no): gives the key's RPM / TPM /
     * RPD charges back. Only before `report` / `settle`; idempotent.
     */
    cancel(): void;
    /** Reports the outcome once (cooldown / disable per the pool's error policy). */
    report(outcome: KeyOutcome): void;
    /** Replaces the token estimate with real usage in the key's TPM budget (once). */
    settle(actualTokens: number): void;
    toString(): string;
    toJSON(): {
        keyId: string;
        masked: string;
    };
    [INSPECT](): string;
}
export {};
