import { createHash } from 'node:crypto';
import { createLLMError } from '../errors/llm-error.js';
import type { AccessTokenProvider } from './access-token.js';
import { createEntraTokenProvider, type EntraClientCredentials } from './entra-client-credentials.js';
import type { CloudSignerOptions, RequestSigner } from './request-signer.js';

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Entra app credentials from settings (`tenant_id`/`tenantId` …), else undefined. */
export function entraCredentialsFromSettings(c: Record<string, unknown> | undefined): EntraClientCredentials | undefined {
  if (!c) return undefined;
  const tenantId = str(c.tenant_id) ?? str(c.tenantId);
  const clientId = str(c.client_id) ?? str(c.clientId);
  const clientSecret = str(c.client_secret) ?? str(c.clientSecret);
  if (!tenantId || !clientId || !clientSecret) return undefined;
  return {
    tenantId,
    clientId,
    clientSecret,
    authorityHost: str(c.authority_host) ?? str(c.authorityHost) ?? str(c.authority),
    tokenUrl: str(c.token_url) ?? str(c.tokenUrl),
    scope: str(c.scope),
  };
}

/** A static Entra token given directly (`azure_ad_token`, `access_token`). */
export function staticAzureToken(c: Record<string, unknown> | undefined): string | undefined {
  return c ? (str(c.azure_ad_token) ?? str(c.access_token) ?? str(c.bearer_token)) : undefined;
}

const providers = new Map<string, AccessTokenProvider>();

function entraProvider(creds: EntraClientCredentials, options: CloudSignerOptions, provider: string): AccessTokenProvider {
  const key = createHash('sha256')
    .update(JSON.stringify([creds.tenantId, creds.clientId, creds.clientSecret, creds.authorityHost, creds.tokenUrl, creds.scope]))
    .digest('hex');
  let p = providers.get(key);
  if (!p) {
    p = createEntraTokenProvider(creds, { now: options.now, provider });
    providers.set(key, p);
  }
  return p;
}

/** Drops cached Entra token providers (tests). */
export function clearEntraTokenProviders(): void {
  providers.clear();
}

/**
 * Azure OpenAI auth, in this order: Entra app credentials in the endpoint's `credentials`
 * (client-credentials flow, token cached, refreshed early, single-flight) or a static
 * `azure_ad_token`; the attempt's API key (already sent by the adapter as `api-key`); the
 * environment (AZURE_OPENAI_AD_TOKEN, or AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET
 * with AZURE_AUTHORITY_HOST). A bearer token replaces the `api-key` header.
 */
export function createAzureSigner(options: CloudSignerOptions = {}): RequestSigner {
  return {
    async sign(req, ctx, signal) {
      const creds = ctx.endpoint.credentials;
      let token = staticAzureToken(creds);
      let entra = entraCredentialsFromSettings(creds);
      if (!token && !entra) {
        if (req.headers['api-key']) return req;
        const env = options.env ?? process.env;
        token = str(env.AZURE_OPENAI_AD_TOKEN);
        if (!token && env.AZURE_TENANT_ID && env.AZURE_CLIENT_ID && env.AZURE_CLIENT_SECRET) {
          entra = {
            tenantId: env.AZURE_TENANT_ID,
            clientId: env.AZURE_CLIENT_ID,
            clientSecret: env.AZURE_CLIENT_SECRET,
            authorityHost: str(env.AZURE_AUTHORITY_HOST),
          };
        }
      }
      if (!token && entra) token = await entraProvider(entra, options, ctx.provider).getAccessToken(signal);
      if (!token) {
        throw createLLMError({
          kind: 'auth',
          provider: ctx.provider,
          retryable: false,
          code: 'azure_credentials_missing',
          message: `${ctx.provider}: no credentials for Azure endpoint "${ctx.endpoint.id}": set api_key (AZURE_OPENAI_API_KEY) or Entra credentials {tenant_id, client_id, client_secret} (AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET)`,
        });
      }
      const { 'api-key': _key, ...headers } = req.headers;
      return { ...req, headers: { ...headers, authorization: `Bearer ${token}` } };
    },
  };
}
