import { type EntraClientCredentials } from './entra-client-credentials.js';
import type { CloudSignerOptions, RequestSigner } from './request-signer.js';
/** Entra app credentials from settings (`tenant_id`/`tenantId` …), else undefined. */
export declare function entraCredentialsFromSettings(c: Record<string, unknown> | undefined): EntraClientCredentials | undefined;
/** A static Entra token given directly (`azure_ad_token`, `access_token`). */
export declare function staticAzureToken(c: Record<string, unknown> | undefined): string | undefined;
/** Drops cached Entra token providers (tests). */
export declare function clearEntraTokenProviders(): void;
/**
 * Azure OpenAI auth, in this order: Entra app credentials in the endpoint's `credentials`
 * (client-credentials flow, token cached, refreshed early, single-flight) or a static
 * `azure_ad_token`; the attempt's API key (already sent by the adapter as `api-key`); the
 * environment (AZURE_OPENAI_AD_TOKEN, or AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET
 * with AZURE_AUTHORITY_HOST). A bearer token replaces the `api-key` header.
 */
export declare function createAzureSigner(options?: CloudSignerOptions): RequestSigner;
