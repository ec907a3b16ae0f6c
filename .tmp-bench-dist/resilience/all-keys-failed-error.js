import { LLMError } from '../errors/llm-error.js';
/**
 * Thrown by `stable()` when no key could answer: every key failed, is cooling down, over budget
 * or disabled. `kind` is `rate_limit` whenever waiting could help (so a router treats it like
 * any other rate limit and fails over), otherwise the kind that disabled the keys.
 */
export class AllKeysFailedError extends LLMError {
    attempts;
    constructor(init) {
        const tried = init.attempts.map((a) => `${a.keyId} ${a.kind}${a.status ? ` (${a.status})` : ''}`);
        const list = tried.length > 0 ? `; attempts: ${tried.join(', ')}` : '';
        super({
            kind: init.kind,
            message: `all API keys failed or are unavailable: ${init.detail}${list}`,
            status: init.kind === 'rate_limit' ? 429 : init.kind === 'auth' ? 401 : init.kind === 'quota_exhausted' ? 429 : undefined,
            code: init.code ?? 'all_keys_failed',
            retryAfterMs: init.retryAfterMs,
        });
        this.name = 'AllKeysFailedError';
        this.attempts = Object.freeze([...init.attempts]);
    }
    toJSON() {
        return { ...super.toJSON(), attempts: this.attempts };
    }
}
//# sourceMappingURL=all-keys-failed-error.js.map