/** Token usage in the OpenAI wire shape, with cache and reasoning details where reported. */
export interface Usage {
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
    prompt_tokens_details?: {
        /** Tokens read from the provider's prompt cache (billed at the cache-read price). */
        cached_tokens?: number;
        /** Tokens written to the prompt cache (Anthropic cache_creation_input_tokens). */
        cache_write_tokens?: number;
    };
    completion_tokens_details?: {
        reasoning_tokens?: number;
    };
}
export declare function emptyUsage(): Usage;
