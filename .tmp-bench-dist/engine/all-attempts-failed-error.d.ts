import { LLMError } from '../errors/llm-error.js';
import type { ErrorKind } from '../spec/error-kind.js';
import type { AttemptRecord } from './engine-types.js';
/**
 * Thrown when no candidate could answer. `kind`/`status` summarise the failures (all rate limited
 * → `rate_limit` with the earliest retry time, so callers and the gateway can send a 429 with
 * Retry-After); `attempts` lists every try and every skipped candidate.
 */
export declare class AllAttemptsFailedError extends LLMError {
    readonly attempts: AttemptRecord[];
    readonly lastError: LLMError | undefined;
    constructor(attempts: AttemptRecord[], lastError: LLMError | undefined, summary?: {
        kind: ErrorKind;
        status?: number;
        retryAfterMs?: number;
        message?: string;
    });
}
