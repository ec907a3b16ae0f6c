import type { Usage } from '../../spec/usage.js';
/** The usage counters we track, as they accumulate over `message_start` and `message_delta`. */
export interface AnthropicUsageCounters {
    input_tokens?: number;
    output_tokens?: number;
    cache_read_input_tokens?: number;
    cache_creation_input_tokens?: number;
    thinking_tokens?: number;
}
/**
 * Reads Anthropic usage fields into `into`, keeping earlier values where this object has none
 * (stream `message_delta` usage repeats some counters and nulls others).
 */
export declare function readAnthropicUsage(value: unknown, into?: AnthropicUsageCounters): AnthropicUsageCounters;
/**
 * Anthropic counters → OpenAI usage. Anthropic's `input_tokens` excludes cached input, while
 * OpenAI's `prompt_tokens` is every input token; so prompt_tokens = input + cache reads + cache
 * writes, with reads and writes also reported in `prompt_tokens_details` for pricing.
 */
export declare function convertAnthropicUsage(counters: AnthropicUsageCounters): Usage;
