import { LLMError } from '../errors/llm-error.js';
/** What a starter may return: just the result, or the result plus a first-progress signal. */
export interface HedgeAttempt<T> {
    result: Promise<T>;
    /**
     * Resolves when the attempt shows life (headers received, first token). Once it does, no
     * further hedge is started on its account; it keeps running until it settles.
     */
    firstSignal?: Promise<unknown>;
}
export type HedgeStarter<T> = (signal: AbortSignal, index: number) => Promise<T> | HedgeAttempt<T>;
export interface HedgeOptions {
    /** Start the next candidate after this long without progress. Default 2 000 ms. */
    delayMs?: number;
    /** Per-candidate delay (e.g. the observed p95 of that target); overrides delayMs. */
    delayFn?: (index: number) => number;
    /** Caller's signal: aborts every running attempt and rejects with AbortedError. */
    signal?: AbortSignal;
    /** Called when a candidate is started (for attempt logs). */
    onStart?: (index: number, reason: 'first' | 'hedge' | 'failover') => void;
}
export interface HedgeResult<T> {
    value: T;
    /** Index of the winning starter. */
    index: number;
    /** How many starters were started. */
    started: number;
}
/** Every candidate failed; `errors[i]` is candidate i's error (only started ones). */
export declare class HedgeError extends LLMError {
    readonly errors: readonly unknown[];
    constructor(errors: readonly unknown[]);
}
/**
 * Hedged execution: starts candidate 0; whenever the newest running candidate has neither settled
 * nor produced its first signal within its delay, starts the next one (a failure starts the next
 * one at once). The first success wins and every other attempt is aborted with an AbortedError
 * reason (code `hedge_lost`). If all fail, rejects with a HedgeError carrying every error.
 */
export declare function hedge<T>(starters: ReadonlyArray<HedgeStarter<T>>, options?: HedgeOptions): Promise<HedgeResult<T>>;
