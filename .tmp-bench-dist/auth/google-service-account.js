import { createPrivateKey } from 'node:crypto';
import { createLLMError } from '../errors/llm-error.js';
import { CachedAccessToken } from './cached-access-token.js';
import { signJwtRs256 } from './jwt-rs256.js';
import { postTokenRequest } from './post-token-request.js';
export const GOOGLE_TOKEN_URI = 'https://oauth2.googleapis.com/token';
export const GOOGLE_CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/**
 * Service account → access token: an RS256 JWT assertion (iss/sub = client_email, aud = token_uri,
 * 1 h lifetime) exchanged at token_uri for a bearer token (RFC 7523), cached and refreshed early,
 * single-flight. The private key is parsed once, here, so a malformed key fails at setup.
 */
export function createServiceAccountTokenProvider(key, options = {}) {
    const provider = options.provider ?? 'vertex';
    let privateKey;
    try {
        privateKey = createPrivateKey(key.private_key);
    }
    catch (err) {
        throw createLLMError({
            kind: 'auth',
            code: 'invalid_private_key',
            message: `${provider}: service account ${key.client_email}: private_key is not a valid PEM key (${err.message})`,
            provider,
            retryable: false,
        });
    }
    const now = options.now ?? Date.now;
    const tokenUri = key.token_uri ?? GOOGLE_TOKEN_URI;
    const scope = (options.scopes ?? [GOOGLE_CLOUD_PLATFORM_SCOPE]).join(' ');
    return new CachedAccessToken((signal) => {
        const iat = Math.floor(now() / 1000);
        const assertion = signJwtRs256({ iss: key.client_email, sub: key.client_email, aud: tokenUri, scope, iat, exp: iat + 3600 }, privateKey, key.private_key_id);
        return postTokenRequest(tokenUri, { grant_type: JWT_BEARER_GRANT, assertion }, { signal, provider, now });
    }, { now, refreshBeforeMs: options.refreshBeforeMs, provider });
}
export function createAuthorizedUserTokenProvider(user, options = {}) {
    const provider = options.provider ?? 'vertex';
    const now = options.now ?? Date.now;
    return new CachedAccessToken((signal) => postTokenRequest(user.token_uri ?? GOOGLE_TOKEN_URI, { grant_type: 'refresh_token', client_id: user.client_id, client_secret: user.client_secret, refresh_token: user.refresh_token }, { signal, provider, now }), { now, refreshBeforeMs: options.refreshBeforeMs, provider });
}
//# sourceMappingURL=google-service-account.js.map