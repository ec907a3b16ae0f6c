/**
 * Time source for every resilience primitive. Injected so tests drive time with a fake clock
 * instead of sleeping; production uses `systemClock` (Date.now, epoch milliseconds).
 */
export interface Clock {
    now(): number;
}
export declare const systemClock: Clock;
/**
 * Abortable wait. Injected next to a Clock wherever a primitive may wait (waitForCapacity,
 * waitForCooldown) so tests can advance a fake clock instead of sleeping.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
/** Real timer-based sleep; rejects with `signal.reason` when aborted and never leaks its timer. */
export declare const realSleep: Sleep;
