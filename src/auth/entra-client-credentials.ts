import type { AccessTokenProvider } from './access-token.js';
import { CachedAccessToken } from './cached-access-token.js';
import { postTokenRequest } from './post-token-request.js';

export const ENTRA_AUTHORITY = 'https://login.microsoftonline.com';
export const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';

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
export function entraTokenUrl(c: Pick<EntraClientCredentials, 'tenantId' | 'authorityHost' | 'tokenUrl'>): string {
  if (c.tokenUrl) return c.tokenUrl;
  const host = (c.authorityHost ?? ENTRA_AUTHORITY).replace(/\/+$/, '');
  return `${host}/${encodeURIComponent(c.tenantId)}/oauth2/v2.0/token`;
}

/**
 * Microsoft Entra ID client-credentials flow (app registration + secret) for Azure OpenAI:
 * POST grant_type=client_credentials with scope cognitiveservices/.default; the bearer token is
 * cached, refreshed early and fetched single-flight.
 */
export function createEntraTokenProvider(
  creds: EntraClientCredentials,
  options: EntraTokenOptions = {},
): AccessTokenProvider & {
  invalidate(): void;
} {
  const provider = options.provider ?? 'azure_openai';
  const now = options.now ?? Date.now;
  const url = entraTokenUrl(creds);
  return new CachedAccessToken(
    (signal) =>
      postTokenRequest(
        url,
        {
          grant_type: 'client_credentials',
          client_id: creds.clientId,
          client_secret: creds.clientSecret,
          scope: creds.scope ?? COGNITIVE_SERVICES_SCOPE,
        },
        { signal, provider, now },
      ),
    { now, refreshBeforeMs: options.refreshBeforeMs, provider },
  );
}
