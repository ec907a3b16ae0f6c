import { createLLMError } from '../errors/llm-error.js';
import type { AccessToken, AccessTokenProvider } from './access-token.js';

export interface CachedAccessTokenOptions {
  /** Refresh this long before expiry, so no request leaves with a token about to die (default 5 min). */
  refreshBeforeMs?: number;
  /** Bound on one token fetch, independent of any caller's signal (default 30 s). */
  fetchTimeoutMs?: number;
  /** Clock (epoch ms); injectable for tests. */
  now?: () => number;
  /** Used in error messages (`vertex`, `azure_openai`). */
  provider?: string;
}

/**
 * Caches one bearer token and refreshes it early, single-flight: however many requests arrive
 * while the token is missing or stale, exactly one token request is in flight and all of them
 * await it. One caller aborting does not abort the shared fetch (others still want it). If a
 * refresh fails while the old token is still valid, the old token is used.
 */
export class CachedAccessToken implements AccessTokenProvider {
  private current: AccessToken | undefined;
  private inflight: Promise<AccessToken> | undefined;
  private readonly refreshBeforeMs: number;
  private readonly fetchTimeoutMs: number;
  private readonly now: () => number;
  private readonly provider: string;

  constructor(
    private readonly fetchToken: (signal: AbortSignal) => Promise<AccessToken>,
    options: CachedAccessTokenOptions = {},
  ) {
    this.refreshBeforeMs = options.refreshBeforeMs ?? 5 * 60_000;
    this.fetchTimeoutMs = options.fetchTimeoutMs ?? 30_000;
    this.now = options.now ?? Date.now;
    this.provider = options.provider ?? 'auth';
  }

  async getAccessToken(signal?: AbortSignal): Promise<string> {
    const cur = this.current;
    const now = this.now();
    if (cur && now < cur.expiresAt - this.refreshBeforeMs) return cur.token;
    try {
      return (await abortable(this.inflight ?? this.refresh(), signal)).token;
    } catch (err) {
      if (cur && this.now() < cur.expiresAt && !signal?.aborted) return cur.token;
      throw err;
    }
  }

  /** Drops the cached token (e.g. after the upstream rejected it with 401). */
  invalidate(): void {
    this.current = undefined;
  }

  private refresh(): Promise<AccessToken> {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(
        createLLMError({
          kind: 'timeout',
          code: 'token_timeout',
          message: `${this.provider}: token request took longer than ${this.fetchTimeoutMs} ms`,
          provider: this.provider,
        }),
      );
    }, this.fetchTimeoutMs);
    timer.unref?.();
    const p = this.fetchToken(controller.signal)
      .then((token) => {
        this.current = token;
        return token;
      })
      .finally(() => {
        clearTimeout(timer);
        if (this.inflight === p) this.inflight = undefined;
      });
    this.inflight = p;
    return p;
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
