import type { ProviderAdapter } from '../provider-adapter.js';
/**
 * AWS Bedrock Converse / ConverseStream as pure converters, for every model family Bedrock
 * serves. Authentication: a Bedrock API key in `ctx.apiKey` is sent here as a Bearer token;
 * SigV4 signing (access keys) is I/O-free but needs the final headers, so it is done by the
 * request signer (`src/providers/cloud-auth.ts`) after this, replacing any Bearer header.
 * Streams are AWS binary event streams (`streamFraming: 'aws-eventstream'`).
 */
export declare const bedrockAdapter: ProviderAdapter;
