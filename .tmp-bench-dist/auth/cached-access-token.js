import { createLLMError } from '../errors/llm-error.js';
/**
 * Caches one bearer token and refreshes it early, single-flight: however many requests arrive
 * while the token is missing or stale, exactly one token request is in flight and all of them
 * await it. One caller aborting does not abort the shared fetch (others still want it). If a
 * refresh fails while the old token is still valid, the old token is used.
 */
export class CachedAccessToken {
    fetchToken;
    current;
    inflight;
    refreshBeforeMs;
    fetchTimeoutMs;
    now;
    provider;
    constructor(fetchToken, options = {}) {
        this.fetchToken = fetchToken;
        this.refreshBeforeMs = options.refreshBeforeMs ?? 5 * 60_000;
        this.fetchTimeoutMs = options.fetchTimeoutMs ?? 30_000;
        this.now = options.now ?? Date.now;
        this.provider = options.provider ?? 'auth';
    }
    async getAccessToken(signal) {
        const cur = this.current;
        const now = this.now();
        if (cur && now < cur.expiresAt - this.refreshBeforeMs)
            return cur.token;
        try {
            return (await abortable(this.inflight ?? this.refresh(), signal)).token;
        }
        catch (err) {
            if (cur && this.now() < cur.expiresAt && !signal?.aborted)
                return cur.token;
            throw err;
        }
    }
    /** Drops the cached token (e.g. after the upstream rejected it with 401). */
    invalidate() {
        this.current = undefined;
    }
    refresh() {
        const controller = new AbortController();
        const timer = setTimeout(() => {
            controller.abort(createLLMError({ kind: 'timeout', code: 'token_timeout', message: `${this.provider}: token request took longer than ${this.fetchTimeoutMs} ms`, provider: this.provider }));
        }, this.fetchTimeoutMs);
        timer.unref?.();
        const p = this.fetchToken(controller.signal)
            .then((token) => {
            this.current = token;
            return token;
        })
            .finally(() => {
            clearTimeout(timer);
            if (this.inflight === p)
                this.inflight = undefined;
        });
        this.inflight = p;
        return p;
    }
}
function abortable(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((v) => {
            signal.removeEventListener('abort', onAbort);
            resolve(v);
        }, (e) => {
            signal.removeEventListener('abort', onAbort);
            reject(e);
        });
    });
}
//# sourceMappingURL=cached-access-token.js.map