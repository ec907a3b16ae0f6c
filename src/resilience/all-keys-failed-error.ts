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
export class AllKeysFailedError extends LLMError {
  readonly attempts: readonly KeyAttemptRecord[];

  constructor(init: {
    kind: ErrorKind;
    attempts: readonly KeyAttemptRecord[];
    retryAfterMs?: number;
    detail: string;
    code?: string;
  }) {
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

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), attempts: this.attempts };
  }
}
