import type { AccessTokenProvider } from './access-token.js';
import { type GoogleTokenOptions } from './google-service-account.js';
/** What a Vertex endpoint's `credentials` can be. */
export type GoogleCredentialsKind = 'service_account' | 'authorized_user' | 'access_token' | 'file';
export declare function googleCredentialsKind(credentials: Record<string, unknown>): GoogleCredentialsKind | undefined;
/**
 * A token provider for a service-account or authorized-user object (cached by identity), or a
 * static provider for `access_token`. Throws an `auth` error for objects of no known kind.
 */
export declare function googleTokenProvider(credentials: Record<string, unknown>, options?: GoogleTokenOptions): AccessTokenProvider;
/** Drops cached providers (tests). */
export declare function clearGoogleTokenProviders(): void;
/** Reads a credentials JSON file once per path. */
export declare function readGoogleCredentialsFile(path: string, provider?: string): Promise<Record<string, unknown>>;
/**
 * Application Default Credentials as far as files go: `GOOGLE_APPLICATION_CREDENTIALS`, then the
 * gcloud well-known file. (Metadata-server credentials on GCE/GKE are not supported.)
 */
export declare function applicationDefaultCredentials(env?: NodeJS.ProcessEnv, provider?: string): Promise<Record<string, unknown> | undefined>;
