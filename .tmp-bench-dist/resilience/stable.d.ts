import { type KeyAttemptRecord } from './all-keys-failed-error.js';
import { type ClassifiedError } from './classify-error.js';
import { type Sleep } from './clock.js';
import { KeyManager } from './key-manager.js';
export interface StableOptions<A extends unknown[]> {
    /** Default: the most recently created KeyManager, looked up at call time. */
    keyManager?: KeyManager;
    /** Cap on calls to `fn` per invocation. Default: no cap beyond "each key once per round". */
    maxAttempts?: number;
    /** Aborts waiting and further attempts (the running `fn` gets no signal; pass your own). */
    signal?: AbortSignal;
    /**
     * When every key is cooling down / over budget: wait for the first one to come back, for at
     * most `maxWaitMs` (true = 60 000). Default false: throw AllKeysFailedError at once, so an
     * outer router can fail over instead of sleeping.
     */
    waitForCooldown?: boolean | {
        maxWaitMs: number;
    };
    /** Token estimate charged to a key's TPM budget; a number or computed from the arguments. */
    estimatedTokens?: number | ((...args: A) => number);
    /** Override how thrown errors are classified (default: classifyError). */
    classify?: (err: unknown) => ClassifiedError;
    /** Called after every failed attempt that moves on to another key. */
    onAttempt?: (attempt: KeyAttemptRecord) => void;
    /** Injectable for tests. Default: real timers. */
    sleep?: Sleep;
}
/**
 * Wraps `fn(apiKey, ...args)` so each call gets a key from the KeyManager. A rate-limit error
 * (our `kind: 'rate_limit'` or any error with `status === 429`) cools that key down for its
 * Retry-After and retries at once with another key; auth / quota errors disable the key and
 * retry; any other error is rethrown untouched. When no key can answer it throws one
 * AllKeysFailedError listing every attempt — it never returns null and never sleeps unless
 * `waitForCooldown` says so.
 *
 * Concurrency: key choice and budget charging happen synchronously inside `pool.acquire`, so any
 * number of concurrent calls never exceed a key's budgets and never block the event loop.
 */
export declare function stable<A extends unknown[], R>(fn: (apiKey: string, ...args: A) => R | PromiseLike<R>, options?: StableOptions<A>): (...args: A) => Promise<Awaited<R>>;
