import type { AccessTokenProvider } from './access-token.js';
export declare const ENTRA_AUTHORITY = "https://login.microsoftonline.com";
export declare const COGNITIVE_SERVICES_SCOPE = "https://cognitiveservices.azure.com/.default";
export interface EntraClientCredentials {
    tenantId: string;
    clientId: string;
    clientSecret: string;
    /** Authority host; sovereign clouds (`https://login.microsoftonline.us`) or a local fake in tests. */
    authorityHost?: string;
    /** Full token URL; overrides authorityHost + tenant. */
    tokenUrl?: string;
    scope?: string;
}
export interface EntraTokenOptions {
    now?: () => number;
    refreshBeforeMs?: number;
    provider?: string;
}
/** The v2.0 token endpoint for a tenant. */
export declare function entraTokenUrl(c: Pick<EntraClientCredentials, 'tenantId' | 'authorityHost' | 'tokenUrl'>): string;
/**
 * Microsoft Entra ID client-credentials flow (app registration + secret) for Azure OpenAI:
 * POST grant_type=client_credentials with scope cognitiveservices/.default; the bearer token is
 * cached, refreshed early and fetched single-flight.
 */
export declare function createEntraTokenProvider(creds: EntraClientCredentials, options?: EntraTokenOptions): AccessTokenProvider & {
    invalidate(): void;
};
