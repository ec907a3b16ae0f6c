import type { CloudSignerOptions, RequestSigner } from './request-signer.js';
/**
 * Bedrock auth, in this order: access keys in the endpoint's `credentials` (SigV4); a Bedrock API
 * key (`credentials.api_key`, or the attempt's key from `api_key(s)` / AWS_BEARER_TOKEN_BEDROCK,
 * which the adapter already sent as Bearer); the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
 * (/ AWS_SESSION_TOKEN) environment (SigV4). SigV4 signs service `bedrock` in the endpoint's
 * region (else the one in the host name, else AWS_REGION, else us-east-1).
 */
export declare function createBedrockSigner(options?: CloudSignerOptions): RequestSigner;
