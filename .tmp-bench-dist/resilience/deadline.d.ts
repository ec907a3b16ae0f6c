import { LLMError, TimeoutError } from '../errors/llm-error.js';
import { type Clock } from './clock.js';
/**
 * Which clock ran out. `connect` / `first_byte`: no response headers yet; `first_token`: headers
 * but no content; `idle`: gap between stream chunks; `total`: per-attempt timeout or overall
 * deadline.
 */
export type DeadlineStage = 'connect' | 'first_byte' | 'first_token' | 'idle' | 'total';
/** A TimeoutError (kind `timeout`, code `timeout_<stage>`) for a stage that ran out. */
export declare function timeoutError(stage: DeadlineStage, ms?: number, provider?: string): TimeoutError;
/** An AbortedError for a caller-initiated abort, keeping the caller's reason as `cause`. */
export declare function abortedError(reason?: unknown): LLMError;
export interface AttemptSignalOptions {
    /** The caller's signal (client disconnect, user cancel). */
    signal?: AbortSignal;
    /** Per-attempt limit in ms, from now. */
    timeoutMs?: number;
    /** Overall deadline across attempts, epoch ms (per `clock`). */
    deadline?: number;
    clock?: Clock;
    provider?: string;
}
/**
 * One AbortSignal for one upstream attempt, combining the caller's signal, a per-attempt timeout,
 * the overall deadline, and stage timers (first token, idle gap) armed by the streaming code.
 * Its `reason` is always an LLMError: TimeoutError (with `stage`) or AbortedError, so catch
 * blocks can `throw signal.reason` as is. Call `dispose()` when the attempt ends: every timer and
 * listener is released (no leaks, no late aborts). Also usable with `using`.
 */
export declare class AttemptSignal {
    private readonly controller;
    private readonly timers;
    private readonly parent;
    private readonly onParentAbort;
    private readonly provider;
    private disposed;
    constructor(options?: AttemptSignalOptions);
    get signal(): AbortSignal;
    get aborted(): boolean;
    /** The typed reason once aborted (TimeoutError with `stage`, or AbortedError). */
    get reason(): LLMError | undefined;
    /**
     * Starts (or restarts) the timer for a stage: e.g. `arm('first_token', 10_000)` when the request
     * is sent, then on every chunk `arm('idle', 30_000)` — re-arming reuses the timer (refresh), so
     * it is cheap enough to call per chunk.
     */
    arm(stage: DeadlineStage, ms: number): void;
    /** Stops a stage timer (e.g. `disarm('first_token')` once the first token arrived). */
    disarm(stage: DeadlineStage): void;
    /** Aborts now with a typed reason (default: AbortedError). */
    abort(reason?: LLMError): void;
    /** Releases timers and the parent listener. Does not abort. Idempotent. */
    dispose(): void;
    [Symbol.dispose](): void;
    /** Timers still pending (tests assert 0 after dispose). */
    get pendingTimers(): number;
    private clear;
}
/**
 * Runs `fn` with an attempt signal and guarantees the caller is freed when it fires, even if `fn`
 * ignores the signal: the returned promise rejects with the typed reason at once while `fn` is
 * told to stop through the signal. Timers are cleared when either side finishes.
 */
export declare function withDeadline<T>(fn: (signal: AbortSignal) => Promise<T>, options: AttemptSignalOptions): Promise<T>;
