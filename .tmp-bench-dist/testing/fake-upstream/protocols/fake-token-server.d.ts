import { type KeyObject } from 'node:crypto';
/**
 * Local stand-ins for the OAuth token endpoints the cloud providers use, so token flows are
 * tested without network: Google's (`POST /token`: RFC 7523 JWT-bearer assertions, verified with
 * the service account's public key, and `refresh_token` grants) and Microsoft Entra's
 * (`POST /{tenant}/oauth2/v2.0/token`, client credentials). Error bodies are the real ones.
 * Independent of src/auth on purpose: it checks our JWTs, it does not reuse our JWT code.
 */
export interface FakeTokenServerOptions {
    /** Service accounts: client_email → public key (PEM or KeyObject). */
    serviceAccounts?: Record<string, string | KeyObject>;
    /** authorized_user credentials: client_id → secret and refresh token. */
    authorizedUsers?: Record<string, {
        clientSecret: string;
        refreshToken: string;
    }>;
    /** Entra apps: tenant → client_id → client_secret. */
    entraClients?: Record<string, Record<string, string>>;
    /** Token lifetime in seconds (default 3600). */
    expiresIn?: number;
    /** Clock (epoch ms) for JWT iat/exp checks. */
    now?: () => number;
    /** Hold each token response this long (to observe concurrency). */
    delayMs?: number;
}
export interface TokenRequestRecord {
    path: string;
    grantType: string | null;
    clientId?: string;
    scope?: string;
    /** Decoded JWT claims for jwt-bearer grants. */
    claims?: Record<string, unknown>;
    status: number;
}
export interface FakeTokenServer {
    readonly url: string;
    /** Google-style token URI (use as a service account's `token_uri`). */
    readonly googleTokenUrl: string;
    /** Entra authority host (token URL is `${entraAuthority}/{tenant}/oauth2/v2.0/token`). */
    readonly entraAuthority: string;
    readonly requests: readonly TokenRequestRecord[];
    /** True for a token this server issued (fake upstreams accept only these). */
    isIssued(token: string): boolean;
    /** The next `count` token requests fail with this status/body. */
    failNext(status: number, body: Record<string, unknown>, count?: number): void;
    close(): Promise<void>;
}
export declare function startFakeTokenServer(options?: FakeTokenServerOptions): Promise<FakeTokenServer>;
