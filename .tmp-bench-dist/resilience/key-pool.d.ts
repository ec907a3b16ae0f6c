import type { ErrorKind } from '../spec/error-kind.js';
import { type Clock } from './clock.js';
import { type ErrorPolicy } from './error-policy.js';
import { KeyLease, type KeyLeaseHost, type KeyOutcome } from './key-lease.js';
export type KeySelection = 'round_robin' | 'random' | 'weighted' | 'least_recently_limited';
/** A key with optional identity and local budgets (ApiKeyConfig from settings fits). */
export interface KeyInput {
    /** Shown in logs and status; defaults to the masked key. Never the key itself. */
    id?: string;
    key: string;
    weight?: number;
    /** Requests per minute, counted locally. */
    rpm?: number;
    /** Tokens per minute (estimate at acquire, corrected by `settle`). */
    tpm?: number;
    /** Requests per day (sliding 24 h). */
    rpd?: number;
    enabled?: boolean;
}
export interface KeyPoolOptions {
    selection?: KeySelection;
    /** Cooldown after a rate limit without Retry-After, ms. Default 30 000. */
    defaultCooldownMs?: number;
    /** Floor for any cooldown (a `Retry-After: 0` must not cause a hot loop), ms. Default 1 000. */
    minCooldownMs?: number;
    /** Cap for any cooldown, however long the provider asks, ms. Default 300 000. */
    maxCooldownMs?: number;
    /**
     * Disabled keys become eligible again after this long (the next call probes them; another
     * auth / quota error disables them again). Default: never — re-enable by hand with `enable`.
     */
    reEnableAfterMs?: number;
    /** Decides cooldown / disable per error kind. Default DEFAULT_ERROR_POLICY. */
    errorPolicy?: ErrorPolicy;
    clock?: Clock;
    /** For `random` selection; injectable for deterministic tests. */
    random?: () => number;
}
export type KeyState = 'active' | 'cooling_down' | 'disabled';
export interface KeySnapshot {
    /** Configured id or the masked key. */
    id: string;
    masked: string;
    state: KeyState;
    /** Epoch ms the cooldown ends (cooling_down only). */
    cooling_until: number | null;
    cooldown_remaining_ms: number;
    disabled_reason: string | null;
    /** Active but out of local budget right now. */
    over_budget: boolean;
    weight: number;
    limits: {
        rpm: number | null;
        tpm: number | null;
        rpd: number | null;
    };
    usage: {
        requests_last_minute: number;
        tokens_last_minute: number;
        requests_last_day: number;
    };
    last_limited_at: number | null;
    total_requests: number;
    total_failures: number;
}
export interface KeyPoolSnapshot {
    selection: KeySelection;
    size: number;
    available: number;
    keys: KeySnapshot[];
}
export interface KeyStateChange {
    keyId: string;
    state: KeyState;
    at: number;
    /** Cooldown end (cooling_down). */
    until?: number;
    reason?: string;
}
export interface AcquireKeyOptions {
    estimatedTokens?: number;
    /** Key ids not to hand out (e.g. already tried in this call). */
    exclude?: ReadonlySet<string>;
}
/** Why nothing can be acquired right now (for a precise error). */
export interface KeyPoolAvailability {
    available: number;
    coolingDown: number;
    overBudget: number;
    disabled: number;
    /** Kinds that disabled keys (auth / quota_exhausted …). */
    disabledKinds: ErrorKind[];
    /** Earliest epoch ms a non-disabled key becomes usable; undefined when none will. */
    nextAvailableAt: number | undefined;
}
/**
 * Many keys for one endpoint. `acquire` is a synchronous check-and-take (no await between choosing
 * a key and charging its budgets), so thousands of concurrent callers never overshoot a budget.
 * Cooldown ends are evaluated lazily on read; there are no timers to leak.
 */
export declare class KeyPool implements KeyLeaseHost {
    readonly selection: KeySelection;
    readonly clock: Clock;
    readonly policy: ErrorPolicy;
    private readonly entries;
    private readonly byId;
    private readonly listeners;
    private readonly random;
    private readonly defaultCooldownMs;
    private readonly minCooldownMs;
    private readonly maxCooldownMs;
    private readonly reEnableAfterMs;
    private cursor;
    constructor(keys: ReadonlyArray<string | KeyInput>, options?: KeyPoolOptions);
    get size(): number;
    get ids(): string[];
    /** Picks a usable key and charges its budgets, or undefined when none is usable now. */
    acquire(options?: AcquireKeyOptions): KeyLease | undefined;
    /** Applies the error policy's key action for an outcome on `keyId`. */
    report(keyId: string, outcome: KeyOutcome): void;
    /** Puts a key in cooldown (Retry-After aware, clamped); an existing longer cooldown wins. */
    cooldown(keyId: string, ms?: number, reason?: string): void;
    disable(keyId: string, reason: string, kind?: ErrorKind): void;
    /** Re-enables a key by hand and clears its cooldown. */
    enable(keyId: string): void;
    refund(keyId: string, at: number, estimatedTokens: number): void;
    adjustTokens(keyId: string, at: number, delta: number): void;
    /** Listens to cooldown / disable / enable (for `onKeyCooldown` hooks). Returns unsubscribe. */
    onChange(listener: (change: KeyStateChange) => void): () => void;
    availability(estimatedTokens?: number): KeyPoolAvailability;
    snapshot(): KeyPoolSnapshot;
    /** All secrets, for masking them out of error text. Internal use; never log the result. */
    secrets(): string[];
    toString(): string;
    toJSON(): KeyPoolSnapshot;
    private isDisabled;
    private isUsable;
    /** Ms until the key's local budgets admit one more request of `est` tokens (0 = now). */
    private budgetWait;
    private pick;
    private emit;
}
