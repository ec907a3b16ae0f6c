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
export declare class CachedAccessToken implements AccessTokenProvider {
    private readonly fetchToken;
    private current;
    private inflight;
    private readonly refreshBeforeMs;
    private readonly fetchTimeoutMs;
    private readonly now;
    private readonly provider;
    constructor(fetchToken: (signal: AbortSignal) => Promise<AccessToken>, options?: CachedAccessTokenOptions);
    getAccessToken(signal?: AbortSignal): Promise<string>;
    /** Drops the cached token (e.g. after the upstream rejected it with 401). */
    invalidate(): void;
    private refresh;
}
