import type { AccessToken } from './access-token.js';
export interface TokenRequestOptions {
    signal?: AbortSignal;
    /** For error messages. */
    provider: string;
    /** Clock for `expiresAt`; injectable for tests. */
    now?: () => number;
}
/**
 * POSTs an OAuth2 form (`grant_type=…`) to a token endpoint and returns the access token with its
 * absolute expiry. OAuth errors become typed errors: `invalid_grant` / `invalid_client` / 401 are
 * `auth` (bad credentials: never retried), 5xx `server`, 429 `rate_limit`. The response body is
 * never echoed whole, since a misbehaving endpoint could reflect secrets.
 */
export declare function postTokenRequest(url: string, form: Record<string, string>, options: TokenRequestOptions): Promise<AccessToken>;
