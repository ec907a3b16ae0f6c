import type { Usage } from '../../spec/usage.js';
/**
 * Usage in any OpenAI-compatible dialect → canonical Usage. Cached prompt tokens come as
 * `prompt_tokens_details.cached_tokens` (OpenAI, Zhipu, Moonshot), `prompt_cache_hit_tokens`
 * (DeepSeek) or top-level `cached_tokens` (Moonshot); reasoning tokens as
 * `completion_tokens_details.reasoning_tokens`. Returns undefined when nothing usable is present.
 */
export declare function parseOpenAIUsage(raw: unknown): Usage | undefined;
