import type { CloudSignerOptions, RequestSigner } from './request-signer.js';
/**
 * Vertex auth, in this order: the endpoint's `credentials` (service-account key, authorized_user,
 * `access_token`, or `credentials_file`) → OAuth Bearer token, cached and refreshed early; the
 * attempt's key (already sent by the adapter: Bearer access token, or `x-goog-api-key` for
 * express mode); Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, the gcloud file).
 */
export declare function createVertexSigner(options?: CloudSignerOptions): RequestSigner;
