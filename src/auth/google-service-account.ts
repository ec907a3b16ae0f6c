import { createPrivateKey, type KeyObject } from 'node:crypto';
import { createLLMError } from '../errors/llm-error.js';
import type { AccessTokenProvider } from './access-token.js';
import { CachedAccessToken } from './cached-access-token.js';
import { signJwtRs256 } from './jwt-rs256.js';
import { postTokenRequest } from './post-token-request.js';

export const GOOGLE_TOKEN_URI = 'https://oauth2.googleapis.com/token';
export const GOOGLE_CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The fields of a service-account key file (`type: "service_account"`) that the flow uses. */
export interface GoogleServiceAccountKey {
  client_email: string;
  private_key: string;
  private_key_id?: string;
  token_uri?: string;
  project_id?: string;
}

export interface GoogleTokenOptions {
  scopes?: string[];
  /** Clock (epoch ms) for JWT iat/exp and token expiry; injectable for tests. */
  now?: () => number;
  refreshBeforeMs?: number;
  provider?: string;
}

/**
 * Service account → access token: an RS256 JWT assertion (iss/sub = client_email, aud = token_uri,
 * 1 h lifetime) exchanged at token_uri for a bearer token (RFC 7523), cached and refreshed early,
 * single-flight. The private key is parsed once, here, so a malformed key fails at setup.
 */
export function createServiceAccountTokenProvider(
  key: GoogleServiceAccountKey,
  options: GoogleTokenOptions = {},
): AccessTokenProvider & {
  invalidate(): void;
} {
  const provider = options.provider ?? 'vertex';
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(key.private_key);
  } catch (err) {
    throw createLLMError({
      kind: 'auth',
      code: 'invalid_private_key',
      message: `${provider}: service account ${key.client_email}: private_key is not a valid PEM key (${(err as Error).message})`,
      provider,
      retryable: false,
    });
  }
  const now = options.now ?? Date.now;
  const tokenUri = key.token_uri ?? GOOGLE_TOKEN_URI;
  const scope = (options.scopes ?? [GOOGLE_CLOUD_PLATFORM_SCOPE]).join(' ');
  return new CachedAccessToken(
    (signal) => {
      const iat = Math.floor(now() / 1000);
      const assertion = signJwtRs256(
        { iss: key.client_email, sub: key.client_email, aud: tokenUri, scope, iat, exp: iat + 3600 },
        privateKey,
        key.private_key_id,
      );
      return postTokenRequest(tokenUri, { grant_type: JWT_BEARER_GRANT, assertion }, { signal, provider, now });
    },
    { now, refreshBeforeMs: options.refreshBeforeMs, provider },
  );
}

/** `gcloud auth application-default login` credentials (`type: "authorized_user"`). */
export interface GoogleAuthorizedUser {
  client_id: string;
  client_secret: string;
  refresh_token: string;
  token_uri?: string;
}

export function createAuthorizedUserTokenProvider(
  user: GoogleAuthorizedUser,
  options: GoogleTokenOptions = {},
): AccessTokenProvider & {
  invalidate(): void;
} {
  const provider = options.provider ?? 'vertex';
  const now = options.now ?? Date.now;
  return new CachedAccessToken(
    (signal) =>
      postTokenRequest(
        user.token_uri ?? GOOGLE_TOKEN_URI,
        { grant_type: 'refresh_token', client_id: user.client_id, client_secret: user.client_secret, refresh_token: user.refresh_token },
        { signal, provider, now },
      ),
    { now, refreshBeforeMs: options.refreshBeforeMs, provider },
  );
}
