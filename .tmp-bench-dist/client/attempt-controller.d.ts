/** Per-attempt time limits, in ms. Each stage aborts the upstream request for real. */
export interface StageTimeouts {
    /** Until response headers arrive (connect + time to first byte). */
    firstByteMs?: number;
    /** Until the first content / reasoning / tool-call token of a stream. */
    firstTokenMs?: number;
    /** Max gap between two stream chunks. */
    idleMs?: number;
    /** Whole attempt. */
    totalMs?: number;
}
export type TimeoutStage = 'first_byte' | 'first_token' | 'idle' | 'total';
/**
 * One AbortController per attempt, linked to the caller's signal, with re-armable stage timers.
 * When a timer fires the controller aborts with a typed `timeout` error as its reason, so the
 * transport surfaces that error instead of a generic abort.
 */
export declare class AttemptController {
    private readonly provider;
    readonly controller: AbortController;
    private readonly timers;
    private readonly unlink;
    constructor(provider: string, parent?: AbortSignal);
    get signal(): AbortSignal;
    arm(stage: TimeoutStage, ms: number | undefined): void;
    disarm(stage: TimeoutStage): void;
    /** Clears every timer and unlinks from the parent signal; call once the attempt is over. */
    dispose(): void;
    abort(reason?: unknown): void;
}
