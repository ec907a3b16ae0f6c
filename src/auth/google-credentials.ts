import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createLLMError } from '../errors/llm-error.js';
import type { AccessTokenProvider } from './access-token.js';
import {
  createAuthorizedUserTokenProvider,
  createServiceAccountTokenProvider,
  type GoogleAuthorizedUser,
  type GoogleServiceAccountKey,
  type GoogleTokenOptions,
} from './google-service-account.js';

/** What a Vertex endpoint's `credentials` can be. */
export type GoogleCredentialsKind = 'service_account' | 'authorized_user' | 'access_token' | 'file';

export function googleCredentialsKind(credentials: Record<string, unknown>): GoogleCredentialsKind | undefined {
  if (credentials.type === 'service_account' || 'private_key' in credentials || 'client_email' in credentials) return 'service_account';
  if (credentials.type === 'authorized_user' || 'refresh_token' in credentials) return 'authorized_user';
  if ('access_token' in credentials) return 'access_token';
  if ('credentials_file' in credentials || 'key_file' in credentials) return 'file';
  return undefined;
}

// One provider per distinct credential, process-wide: clients and signers are created per
// request, but the cached token (and its single-flight refresh) must be shared.
const providers = new Map<string, AccessTokenProvider>();

function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * A token provider for a service-account or authorized-user object (cached by identity), or a
 * static provider for `access_token`. Throws an `auth` error for objects of no known kind.
 */
export function googleTokenProvider(credentials: Record<string, unknown>, options: GoogleTokenOptions = {}): AccessTokenProvider {
  const kind = googleCredentialsKind(credentials);
  if (kind === 'access_token') {
    const token = String(credentials.access_token);
    return { getAccessToken: async () => token };
  }
  if (kind !== 'service_account' && kind !== 'authorized_user') {
    throw createLLMError({
      kind: 'auth',
      provider: options.provider ?? 'vertex',
      retryable: false,
      message: `${options.provider ?? 'vertex'}: credentials are neither a service-account key nor authorized_user credentials`,
    });
  }
  const key = cacheKey([
    kind,
    credentials.client_email ?? credentials.client_id,
    credentials.private_key_id ?? credentials.refresh_token,
    credentials.private_key,
    credentials.token_uri,
    options.scopes,
  ]);
  let provider = providers.get(key);
  if (!provider) {
    provider =
      kind === 'service_account'
        ? createServiceAccountTokenProvider(credentials as unknown as GoogleServiceAccountKey, options)
        : createAuthorizedUserTokenProvider(credentials as unknown as GoogleAuthorizedUser, options);
    providers.set(key, provider);
  }
  return provider;
}

/** Drops cached providers (tests). */
export function clearGoogleTokenProviders(): void {
  providers.clear();
}

const fileCache = new Map<string, Promise<Record<string, unknown>>>();

/** Reads a credentials JSON file once per path. */
export function readGoogleCredentialsFile(path: string, provider = 'vertex'): Promise<Record<string, unknown>> {
  let p = fileCache.get(path);
  if (!p) {
    p = readFile(path, 'utf8').then((text) => {
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
      return parsed as Record<string, unknown>;
    });
    // A missing or broken file may be fixed later; only successes stay cached.
    p.catch(() => fileCache.delete(path));
    fileCache.set(path, p);
  }
  return p.catch((err: unknown) => {
    throw createLLMError({
      kind: 'auth',
      provider,
      retryable: false,
      message: `${provider}: cannot read Google credentials file ${path}: ${(err as Error).message}`,
      cause: err,
    });
  });
}

/**
 * Application Default Credentials as far as files go: `GOOGLE_APPLICATION_CREDENTIALS`, then the
 * gcloud well-known file. (Metadata-server credentials on GCE/GKE are not supported.)
 */
export async function applicationDefaultCredentials(
  env: NodeJS.ProcessEnv = process.env,
  provider = 'vertex',
): Promise<Record<string, unknown> | undefined> {
  const explicit = env.GOOGLE_APPLICATION_CREDENTIALS;
  if (explicit) return readGoogleCredentialsFile(explicit, provider);
  const base =
    env.CLOUDSDK_CONFIG ??
    (process.platform === 'win32' && env.APPDATA ? join(env.APPDATA, 'gcloud') : join(homedir(), '.config', 'gcloud'));
  try {
    return await readGoogleCredentialsFile(join(base, 'application_default_credentials.json'), provider);
  } catch {
    return undefined;
  }
}
