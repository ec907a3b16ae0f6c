import { LLMError } from '../errors/llm-error.js';
import type { ErrorKind } from '../spec/error-kind.js';
/** One try with one key, as reported to the caller (key id only; the key is masked). */
export interface KeyAttemptRecord {
    keyId: string;
    kind: ErrorKind;
    status?: number;
    code?: string;
    /** Upstream message with any secret masked. */
    message: string;
    retryAfterMs?: number;
}
/**
 * Thrown by `stable()` when no key could answer: every key failed, is cooling down, over budget
 * or disabled. `kind` is `rate_limit` whenever waiting could help (so a router treats it like
 * any other rate limit and fails over), otherwise the kind that disabled the keys.
 */
export declare class AllKeysFailedError extends LLMError {
    readonly attempts: readonly KeyAttemptRecord[];
    constructor(init: {
        kind: ErrorKind;
        attempts: readonly KeyAttemptRecord[];
        retryAfterMs?: number;
        detail: string;
        code?: string;
    });
    toJSON(): Record<string, unknown>;
}
