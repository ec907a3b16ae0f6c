import type { ProviderAdapter } from '../provider-adapter.js';
/**
 * Azure OpenAI: the OpenAI-compatible converters with Azure URLs (deployment or v1 API, see
 * `resolveAzureTarget`) and the `api-key` header. Entra ID bearer tokens replace the key in the
 * request signer (`../cloud-auth.ts`). Content filtering needs nothing extra: a blocked prompt is
 * a 400 `content_filter` (innererror `ResponsibleAIPolicyViolation`), classified `content_policy`
 * by the OpenAI-compatible tables; a filtered answer is `finish_reason: "content_filter"`;
 * `retry-after-ms` / `x-ms-retry-after-ms` are read by `parseRetryAfter`.
 */
export declare const azureOpenAIAdapter: ProviderAdapter;
