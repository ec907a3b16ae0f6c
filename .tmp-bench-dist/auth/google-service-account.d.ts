import type { AccessTokenProvider } from './access-token.js';
export declare const GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";
export declare const GOOGLE_CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";
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
export declare function createServiceAccountTokenProvider(key: GoogleServiceAccountKey, options?: GoogleTokenOptions): AccessTokenProvider & {
    invalidate(): void;
};
/** `gcloud auth application-default login` credentials (`type: "authorized_user"`). */
export interface GoogleAuthorizedUser {
    client_id: string;
    client_secret: string;
    refresh_token: string;
    token_uri?: string;
}
export declare function createAuthorizedUserTokenProvider(user: GoogleAuthorizedUser, options?: GoogleTokenOptions): AccessTokenProvider & {
    invalidate(): void;
};
