import type { ChatRequest } from '../../spec/chat-request.js';
import type { AdapterContext } from '../provider-adapter.js';
import type { GeminiRequestBody } from './gemini-wire-types.js';
export interface GeminiRequestConversion {
    /** The generateContent body; `provider_options` may have added keys beyond the typed ones. */
    body: GeminiRequestBody & Record<string, unknown>;
    warnings: string[];
}
/**
 * Canonical request → Gemini `generateContent` body. Sampling and output settings go into
 * `generationConfig`; JSON mode is native (`responseMimeType`, plus `responseSchema` for a
 * schema). `cache_control` hints are dropped silently (Gemini caches implicitly) and so is `user`,
 * which has no Gemini field. `provider_options.gemini` (then options under the backend name) is
 * deep-merged last, so `{ generationConfig: { topK: 40 } }` adds to the converted settings.
 */
export declare function convertToGeminiRequest(request: ChatRequest, ctx: AdapterContext): GeminiRequestConversion;
