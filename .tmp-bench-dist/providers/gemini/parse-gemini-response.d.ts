import type { ChatResult } from '../../spec/chat-result.js';
import type { AdapterContext } from '../provider-adapter.js';
/**
 * A `generateContent` response → canonical result, from the first candidate (we ask for one).
 *
 * A prompt Gemini refuses to answer comes back as HTTP 200 with `promptFeedback.blockReason` and
 * no candidates. That is reported as a normal result with `finish_reason: "content_filter"`, no
 * content and a warning naming the reason — the same shape as an answer stopped by SAFETY — and
 * not thrown: the request was valid and was answered, just with nothing, and the router may decide
 * whether a content-filtered answer is worth another provider. An `{error}` body is thrown.
 */
export declare function parseGeminiResponse(body: unknown, ctx: Pick<AdapterContext, 'provider' | 'model'>): ChatResult;
