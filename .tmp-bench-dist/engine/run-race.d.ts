import { type LLMError } from '../errors/llm-error.js';
/** What to do after a candidate failed: stop, or pull the next one with a hint. */
export type FailureDecision = {
    stop: true;
} | {
    stop: false;
    hint: PullHint;
};
/** Where the next candidate should come from. */
export type PullHint = 'same_deployment' | 'next_deployment' | 'larger_context' | 'hedge';
export interface RaceOptions<C> {
    pull(hint: PullHint): Promise<C | undefined>;
    onFailure(candidate: C, error: LLMError): FailureDecision;
    /** ms after which a still-running candidate gets a hedge started next to it; undefined = never. */
    hedgeDelay?(candidate: C): number | undefined;
    signal: AbortSignal;
}
export type RaceOutcome<C, T> = {
    ok: true;
    value: T;
    candidate: C;
    controller: AbortController;
} | {
    ok: false;
    error: LLMError | undefined;
};
/** Abort reason given to hedging losers; callers record them as `aborted`, not as failures. */
export declare const HEDGE_LOST: unique symbol;
/**
 * Runs candidates until one succeeds. Sequential failover by default: a failure pulls the next
 * candidate at once (no sleeping while another candidate exists). With hedging, a candidate that
 * is still running after its delay gets the next one started beside it; the first success wins
 * and every other running candidate is aborted.
 */
export declare function runRace<C, T>(options: RaceOptions<C>, exec: (candidate: C, signal: AbortSignal) => Promise<T>): Promise<RaceOutcome<C, T>>;
