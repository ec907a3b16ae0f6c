import { LLMError } from '../errors/llm-error.js';
import type { ErrorKind } from '../spec/error-kind.js';
import type { AttemptRecord } from './engine-types.js';

/**
 * Thrown when no candidate could answer. `kind`/`status` summarise the failures (all rate limited
 * → `rate_limit` with the earliest retry time, so callers and the gateway can send a 429 with
 * Retry-After); `attempts` lists every try and every skipped candidate.
 */
export class AllAttemptsFailedError extends LLMError {
  readonly attempts: AttemptRecord[];
  readonly lastError: LLMError | undefined;

  constructor(
    attempts: AttemptRecord[],
    lastError: LLMError | undefined,
    summary?: { kind: ErrorKind; status?: number; retryAfterMs?: number; message?: string },
  ) {
    const tried = attempts.filter((a) => a.outcome === 'error');
    const kind = summary?.kind ?? lastError?.kind ?? 'server';
    const lines = attempts.map(
      (a) =>
        `${a.target} [${a.deployment.split('|')[1] ?? ''}${a.keyId ? ` key ${a.keyId}` : ''}]: ${
          a.outcome === 'skipped' ? `skipped (${a.skipReason})` : `${a.kind}${a.status ? ` ${a.status}` : ''} ${a.message ?? ''}`.trim()
        }`,
    );
    super({
      kind,
      status: summary?.status ?? lastError?.status ?? (kind === 'rate_limit' ? 429 : 503),
      code: 'all_attempts_failed',
      retryable: lastError?.retryable ?? true,
      retryAfterMs: summary?.retryAfterMs ?? lastError?.retryAfterMs,
      provider: lastError?.provider,
      message:
        summary?.message ??
        `all ${tried.length} attempt${tried.length === 1 ? '' : 's'} failed${attempts.length > tried.length ? ` (${attempts.length - tried.length} candidates skipped)` : ''}:\n  ${lines.join('\n  ')}`,
      cause: lastError,
    });
    this.name = 'AllAttemptsFailedError';
    this.attempts = attempts;
    this.lastError = lastError;
  }
}
